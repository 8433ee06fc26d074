/** Teaching text for the Prediction Trace step (prose only; numbers come from the engine's trace). */

export const TRACE_INTRO =
  'Follow one real row from the validation split through the model you just trained. ' +
  'Every number below is computed by that model, in this browser, for the values on screen: ' +
  'change a value and the whole trace is recomputed.';

export const WHY_IT_MATTERS =
  'Why this matters in production: when a user asks “why did the model say that?”, or a monitoring alert fires, ' +
  'being able to replay one request layer by layer is how you find out whether the data, the encoding or the model is at fault.';

export const NO_MODEL_TITLE = 'No trained model yet';
export const NO_MODEL_TEXT =
  'The prediction trace runs a row through the model you train in Model Training. Train it first, then come back here.';
export const TRAINING_TEXT = 'The model is still training. The trace will be ready as soon as training finishes.';
export const GO_TRAIN = 'Go to Model Training';

export const ROW_HEADING = 'Choose a row';
export const EDIT_HEADING = 'Change its feature values';
export const LAYERS_HEADING = 'Step through the layers';

/** One note per layer of the card, in order: Input → Hidden 1 → Hidden 2 → Output → Threshold. */
export const LAYER_NOTES: readonly string[] = [
  'The row’s feature values, encoded exactly as in training: device and source become one-hot inputs ' +
    '(1 for the row’s category, 0 for the others); skewed counts and times are log-compressed; every numeric input is ' +
    'standardised with the training rows’ mean and spread. These are the numbers the model actually sees.',
  'Each unit multiplies every input by its own weight, adds them up with a bias (the weighted sum), then applies ReLU: ' +
    'a positive sum passes through, a negative one is switched off to exactly 0. Thick lines are strong weights; ' +
    'blue lines push the unit up, orange lines push it down.',
  'The same again, on hidden layer 1’s outputs. A unit that was switched off in layer 1 sends 0 along all of its lines, ' +
    'so its weights cannot matter for this row.',
  'One unit: a weighted sum of hidden layer 2’s outputs, squashed by the sigmoid into a probability between 0 and 1 ' +
    'that this session converts.',
  'The probability becomes a yes/no decision: at or above the decision threshold the model says “converts”. ' +
    'Moving the threshold trades false alarms for missed buyers; it does not change the probability.',
];

export const LEGEND_SUMMARY = 'Diagram key';

export const LEGEND =
  'Diagram key: filled circles are units, stronger colour = larger value; grey dashed circles are units ReLU switched off. ' +
  'Lines are weights: thicker = larger in size (scaled per layer), blue = positive, orange = negative. ' +
  'Layers after the current one are faded.';

export const CLICK_RATE_NOTE =
  'Each feature is its own input to the model. In the pipeline click_rate is clicks ÷ page_views, but here you can move ' +
  'it on its own to see what that input alone does.';

export const CLAMP_CLICKS = (pageViews: number): string =>
  `Clicks can’t be more than page views, so clicks stop at ${pageViews} (the current page_views).`;
export const CLAMP_PAGE_VIEWS = (pageViews: number): string =>
  `Clicks can’t be more than page views, so clicks came down to ${pageViews} as well.`;

export const EDITED_NOTE = (row: number, label: string): string =>
  `You have edited these values. The true label (“${label}”) belongs to the original validation row ${row}, ` +
  'not to your edited values, so “matches the true label” compares with the original row.';

export const RECENCY_CAP_NOTE = 'not recently';

/** The disclosure that holds the why on a focused (guided) step. */
export const MORE_ABOUT = 'More about this';
