/** Fix-it mode's scenarios: the symptom as a team meets it, the two questions, hints and the debrief (data). */
import type { StepId } from '../../content/steps';
import type { FixScenarioId } from '../../pipeline/fix-plants';

export interface MetricText {
  readonly label: string;
  readonly kind: 'rate' | 'count' | 'ms';
}

export interface ScenarioText {
  readonly title: string;
  /** How the symptom reaches the team: a complaint, a dashboard, a ticket. */
  readonly complaint: string;
  readonly metrics: Readonly<Record<string, MetricText>>;
  /** The stage at fault. */
  readonly stage: StepId;
  /** "What is wrong?" — the options, and the index of the right one. */
  readonly causes: readonly string[];
  readonly cause: number;
  /** From vague to specific: each wrong answer reveals the next one (fewer as you solve more scenarios). */
  readonly hints: readonly string[];
  readonly fixLabel: string;
  readonly debrief: string;
  /** Whether the stage-6 readiness checklist catches this bug, and which check would. */
  readonly readiness: string;
}

const VAL: MetricText = { label: 'Validation accuracy', kind: 'rate' };

export const SCENARIOS: Readonly<Record<FixScenarioId, ScenarioText>> = {
  leakage: {
    title: 'The model that was too good',
    complaint:
      'The offline report says the new model is nearly perfect, so it shipped. A week later the product team writes: “Conversions predicted by the model are wrong most of the time on the live site.”',
    metrics: { validationAccuracy: VAL, liveAccuracy: { label: 'Accuracy on the live stream', kind: 'rate' } },
    stage: 'features',
    causes: [
      'The model is too small to generalise to new users.',
      'A feature is computed with information from after the prediction time (the session’s own conversion).',
      'The live stream has drifted since training.',
      'The validation split is too small to trust.',
    ],
    cause: 1,
    hints: [
      'Accuracy this high on a noisy human behaviour is itself a warning sign.',
      'Look at how each engineered feature is computed, and when its inputs are known.',
      'time_since_last_click reads the click log after the fact: which clicks does it see for a session that converted?',
    ],
    fixLabel: 'Compute time_since_last_click only from clicks logged before the session started',
    debrief:
      'Label leakage: the feature job read a log in which a converting session’s purchase click was already recorded, so time_since_last_click was 0 exactly for converters. Validation rows had the same leak, so validation agreed; live traffic cannot see the future, so accuracy collapsed. Features must be computed only from what is known at prediction time (Feature Engineering).',
    readiness:
      'The stage-6 checklist does not catch this one: validation passes (the leak is in the validation rows too) and the serving contract matches (training and serving share the same column). A check comparing offline accuracy with a shadow run on live traffic would have caught it.',
  },
  skew: {
    title: 'Same model, worse answers',
    complaint:
      'Support ticket: “Since the new serving service went live, the model’s accuracy dropped, but nothing errors and the model file is identical.”',
    metrics: { validationAccuracy: VAL, servedAccuracy: { label: 'Accuracy when served', kind: 'rate' } },
    stage: 'deployment',
    causes: [
      'The serving service computes a feature differently from training (click_rate as a percentage).',
      'The uint8 package lost too much precision.',
      'The validation rows were not shuffled.',
      'The model needs more epochs.',
    ],
    cause: 0,
    hints: [
      'The model file is the same, so look at what reaches it.',
      'Compare one served input row with the same row as training encoded it.',
      'One column arrives 100 times larger than the model saw in training.',
    ],
    fixLabel: 'Serve with the training encoder shipped in the package metadata',
    debrief:
      'Training–serving skew: the serving service re-implemented the feature encoding and wrote click_rate as a percentage. Every probability was still a valid number, so nothing failed — only accuracy dropped. Ship the encoder with the model and test that serving reproduces training’s inputs (Deployment Preparation).',
    readiness:
      'The stage-6 checklist catches this: its serving-contract check re-encodes the validation rows from the package metadata alone and fails when any input differs from training’s.',
  },
  'missing-zero': {
    title: 'Cleaning found almost nothing',
    complaint:
      'The tracker’s own dashboard reports that 30 % of sessions had logging problems, yet Data Cleaning drops only 3 % of rows, and the model is weaker than last quarter’s.',
    metrics: {
      validationAccuracy: VAL,
      trackerFaultShare: { label: 'Sessions the tracker logged as faulty', kind: 'rate' },
      droppedShare: { label: 'Rows cleaning dropped', kind: 'rate' },
    },
    stage: 'collection',
    causes: [
      'The cleaning rules are too strict.',
      'The fault rate is too high to train at all.',
      'Lost clicks are recorded as 0 instead of missing, so they look like real sessions without clicks.',
      'The split puts faulty rows only in validation.',
    ],
    cause: 2,
    hints: [
      'Cleaning can only drop what it can see.',
      'Which fault is the most common, and how is it written into the data?',
      'A session with 0 clicks is normal; a session whose clicks were lost should not look like one.',
    ],
    fixLabel: 'Record lost clicks as missing (NaN), so cleaning can find and drop them',
    debrief:
      'Missing values recorded as 0: the collector wrote 0 where it lost the clicks, so the missing-clicks rule never fired and the model learned that many sessions with no clicks still convert. Missing must stay distinguishable from zero at collection (Data Collection), or cleaning cannot do its job (Data Cleaning).',
    readiness:
      'The stage-6 checklist does not catch this: every check runs on the data after cleaning, which looks valid. A data-quality check comparing the rows dropped with the collector’s own fault log (or the share of zero-click sessions with last month’s) would have caught it.',
  },
  duplicates: {
    title: 'Sessions on both sides of the split',
    complaint:
      'A reviewer notices the validation set contains sessions the model was trained on, and asks how much of the validation score is the model remembering them.',
    metrics: {
      validationAccuracy: VAL,
      liveAccuracy: { label: 'Accuracy on the live stream', kind: 'rate' },
      overlap: { label: 'Validation rows also in training', kind: 'count' },
    },
    stage: 'validation',
    causes: [
      'The tracker logged sessions twice and the split ran after the duplication, so copies land on both sides.',
      'The validation share should be 50 %.',
      'The seed changes between training and validation.',
      'Cleaning dropped too many rows.',
    ],
    cause: 0,
    hints: [
      'Count the rows: are there more than there were sessions?',
      'Look for identical rows (same user, same start time).',
      'If a row and its copy are split at random, how often do they land on different sides?',
    ],
    fixLabel: 'Deduplicate sessions before the split',
    debrief:
      'Split after duplication: a retrying tracker logged every other session twice, and the random split sent many copies to both sides, so validation partly tests memory, not generalisation. With this small model the measured gap to live accuracy is small; with a larger one it grows. Deduplicate (or split by user) before splitting (Model Validation).',
    readiness:
      'The stage-6 checklist catches this: its validation check counts rows present in both splits and fails unless there are none.',
  },
  'silent-drift': {
    title: 'The alert that never fired',
    complaint:
      'Customers complained for weeks that recommendations got worse. The monitoring dashboard shows no accuracy alert at all over the period.',
    metrics: {
      validationAccuracy: VAL,
      lowestRolling: { label: 'Lowest rolling accuracy on the live stream', kind: 'rate' },
      accuracyAlerts: { label: 'Accuracy alerts fired', kind: 'count' },
    },
    stage: 'monitoring',
    causes: [
      'The model was never validated.',
      'The live stream has no labels.',
      'Retraining runs too often.',
      'The accuracy alert threshold is set at 50 %, far below the 80 % the model is held to, so the drop is never flagged.',
    ],
    cause: 3,
    hints: [
      'The accuracy did drop; the question is why nobody was told.',
      'Read the alert rule: what value must accuracy fall below?',
      'Compare the threshold with the accuracy the product needs.',
    ],
    fixLabel: 'Set the accuracy alert threshold to the 80 % the model is held to',
    debrief:
      'Drift with no alert: gradual drift pulled rolling accuracy well below 80 %, but the alert threshold was 50 %, so the rule never fired. An alert is only as good as its threshold and window; set them from the accuracy the product needs and test that a known drop fires them (Monitoring Setup).',
    readiness:
      'The stage-6 checklist does not catch this: its monitoring check passes once the rolling window is full, whatever the threshold. A check that replays a known accuracy drop and expects an alert would have caught it.',
  },
  latency: {
    title: 'The slow ranking page',
    complaint:
      'The product page that ranks 1,000 candidate sessions with the model times out its 50 ms budget on every request. The model team says a prediction takes well under a millisecond.',
    metrics: {
      validationAccuracy: VAL,
      requestP50Ms: { label: 'Request latency, median (1,000 rows)', kind: 'ms' },
      callsPerRequest: { label: 'Model calls per request', kind: 'count' },
      budgetMs: { label: 'Latency budget', kind: 'ms' },
    },
    stage: 'deployment',
    causes: [
      'The model is too large for the browser.',
      'The service calls the model once per row, so per-call overhead is paid 1,000 times per request.',
      'The uint8 package is slower than float32.',
      'The validation split is too small to time.',
    ],
    cause: 1,
    hints: [
      'Both statements are true: one prediction is fast and one request is slow.',
      'Count how many times one request calls the model.',
      'Each call has a fixed overhead (building a tensor, launching kernels, reading back); how often is it paid?',
    ],
    fixLabel: 'Score the whole request in one batched model call',
    debrief:
      'Per-row calls: the serving code looped over the 1,000 rows and called the model for each, so the fixed per-call overhead was paid 1,000 times; one batched call pays it once and returns the same probabilities. Time what the product does (a whole request), not only one prediction (Deployment Preparation).',
    readiness:
      'The stage-6 checklist does not catch this: its latency check times single-row predictions, which are within budget. A check that times a whole request in the pattern the service uses would have caught it.',
  },
};

export const FIX_TEXT = {
  heading: 'Fix-it',
  lead: 'A pipeline with one planted production bug. Read the symptom, find the stage at fault, say what is wrong, then apply the fix and rerun.',
  pick: 'Scenario',
  loading: 'Running the pipeline with the bug (seeded, all in the background)…',
  fixing: 'Rerunning the pipeline with the fix…',
  symptom: 'The symptom',
  stageQuestion: 'Which stage is at fault?',
  causeQuestion: 'What is wrong?',
  check: 'Check',
  right: 'Right.',
  wrong: 'Not this one. Look again.',
  hints: 'Hints',
  apply: 'Apply the fix and rerun',
  gone: 'The symptom is gone:',
  still: 'The symptom is still there:',
  debrief: 'Debrief',
  readiness: 'Would the readiness checklist catch it?',
  openStage: 'Open the stage that teaches this',
  before: 'With the bug',
  after: 'With the fix',
} as const;
