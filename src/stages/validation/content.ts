/** Teaching text for Stage 5 — Model Validation (prose only; every number comes from the store). */

export const VALIDATION_TEXT = {
  lead:
    'Validation scores the trained model on the 20 % of rows it never learned from. Production data will be new to the ' +
    'model too, so these numbers — not the training numbers — are the honest preview of how it will do once deployed.',
  noModelTitle: 'No trained model yet',
  noModelText: 'Validation needs a trained model. Train it in Model Training, then come back here.',
  stillTraining: 'The model is still training. The validation numbers appear here as soon as it finishes.',
  goTrain: 'Go to Model Training',
  thresholdHeading: 'Threshold and metrics',
  thresholdLabel: 'Decision threshold',
  thresholdHintBrief: 'At or above the threshold a session is predicted to convert: move it and watch the rows re-sort.',
  thresholdHint:
    'The model outputs a probability; a session at or above the threshold is predicted to convert. Move the slider and ' +
    'every number below is recomputed from the same predictions.',
  metricsCaption: 'Validation metrics at this threshold',
  matrixHeading: 'Confusion matrix',
  matrixText:
    'Each validation row lands in one of four cells: what actually happened (rows) against what the model predicted (columns).',
  rocHeading: 'ROC curve',
  rocText:
    'The ROC curve shows every threshold at once: how many converters the model catches (true positive rate) against how ' +
    'many non-converters it wrongly flags (false positive rate). The dashed diagonal is guessing; the dot is your threshold. ' +
    'AUC is the area under the curve: 1 is perfect, 0.5 is a coin flip.',
  compareHeading: 'Training vs validation',
  compareCaption: 'Training vs validation',
  overfitAdvice:
    'The model does better on rows it has seen than on new ones: it has started to memorise the training rows. ' +
    'In production every row is new, so expect the validation numbers, not the training ones. Fewer epochs, fewer hidden ' +
    'units or a lower learning rate usually help.',
  okAdvice:
    'The model does about as well on new rows as on the rows it learned from: it learned patterns that generalise, ' +
    'so the validation numbers are a fair preview of production.',
  whyItMatters:
    'Why this matters in production: accuracy alone hides which mistakes the model makes. The threshold decides whether ' +
    'you would rather miss buyers or bother non-buyers — a business choice that must be made before deployment, not after.',
};

/** One line under each metric: what it measures. */
export const METRIC_NOTES = {
  accuracy: 'Share of validation rows predicted correctly.',
  loss: 'Log loss (binary cross-entropy) of the probabilities; lower is better. Does not depend on the threshold.',
  auc: 'Area under the ROC curve; does not depend on the threshold.',
  precision: 'Of the sessions predicted to convert, the share that did.',
  recall: 'Of the sessions that converted, the share the model found.',
  f1: 'Harmonic mean of precision and recall.',
} as const;

export const CELL_NAMES = {
  tp: 'true positives',
  fn: 'missed (false negatives)',
  fp: 'false alarms (false positives)',
  tn: 'true negatives',
} as const;
