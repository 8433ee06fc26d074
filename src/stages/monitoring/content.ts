/** Teaching text for Stage 7 — Monitoring Setup. Numbers come from the code's own constants, never retyped. */
import { VALIDATION_SHARE } from '../../pipeline/config';
import { RETRAIN_RECIPE, WINDOW_TICKS } from '../../pipeline/monitoring';
import { LIVE_BATCH_ROWS } from '../../pipeline/stream';
import { CHECK_RUN_TICKS } from '../../pipeline/monitoring';

export const MONITOR_TEXT = {
  lead:
    'A deployed model meets sessions it has never seen, and the world keeps changing. Here the model serves a live, seeded ' +
    `stream of new sessions — ${LIVE_BATCH_ROWS} per batch, labelled once we learn whether they bought — and a monitor scores it, checks ` +
    `every feature for drift, and raises an alert when the rolling accuracy over the last ${WINDOW_TICKS} batches falls below the threshold.`,
  controlsHeading: 'Live stream',
  start: 'Start',
  pause: 'Pause',
  advance: `Advance ${WINDOW_TICKS} batches`,
  retrain: 'Retrain on recent data',
  rollback: 'Roll back',
  reset: 'Reset the stream',
  scenarioHint: 'Changing the scenario starts a new stream from batch 0.',
  thresholdHint: 'The alert fires when rolling accuracy drops below this; the dashed line on the chart.',
  retrainHint:
    `Retrain trains a new model (same shape; ${RETRAIN_RECIPE.epochs} epochs, batch ${RETRAIN_RECIPE.batchSize}) in the background ` +
    `worker on the labelled rows of the last ${WINDOW_TICKS} batches, holding ${VALIDATION_SHARE * 100} % out to check it, ` +
    'then swaps it in. The old model is kept for Roll back.',
  retrainNeedsWindow: `Retrain needs a full window of labelled live rows (${WINDOW_TICKS} batches).`,
  checkRunNote:
    `The card line above comes from a check run of ${CHECK_RUN_TICKS} batches made right after training, on this same seeded stream. Press ` +
    'Start to watch it live: with the same scenario and threshold you will see the same numbers; from then on the card ' +
    'follows the live stream.',
  accuracyCaption: 'Rolling accuracy per live batch',
  driftCaption: 'Feature drift over the rolling window',
  logCaption: 'Alert log',
  logEmpty: 'No alerts yet.',
  driftReference:
    'Drift compares the live rows of the rolling window with the rows the serving model was trained on. After a retrain ' +
    'the reference moves to the retrain’s training rows (and back on roll back), and drift uses only live rows that arrived ' +
    'after the swap: the question drift answers is “does this ' +
    'model see the kind of data it learned from?”, and for a retrained model that is the recent data.',
  conceptDrift:
    'Some changes do not show as drift: after a sudden shift the sessions look the same but buy differently. Only the ' +
    'accuracy rule, which needs labels, catches that.',
  whyItMatters:
    'Why this matters in production: a model does not fail loudly. Without monitoring, accuracy can fall for weeks before ' +
    'anyone notices; with it, an alert, a retrain and a rollback path turn a silent failure into a routine fix.',
} as const;
