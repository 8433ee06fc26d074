/**
 * Predict-first prompts: one question per stage, asked before the run shows
 * its result (data, not code: the wording and the ranges; the run's answers
 * are read in store/prediction-answers.ts and compared in pipeline/guess-compare.ts).
 */
import type { StageId } from '../pipeline/summary';
import { int, pctShort } from './run-facts';

/** What a question may mention about the run: its settings, never its results. */
export interface PromptFacts {
  readonly rows: number;
  readonly faultRate: number;
  readonly epochs: number;
  readonly validationRows: number | null;
  readonly threshold: number;
  readonly scenario: string;
  readonly batches: number;
}

interface PromptBase {
  readonly id: PredictionId;
  readonly step: StageId;
  /** The question, from the run's settings (never from the result it asks about). */
  readonly question: (f: PromptFacts) => string;
  /** What the result is, in "the run: …" (e.g. "dropped", "reached"). */
  readonly resultVerb: string;
}

export interface NumberPrompt extends PromptBase {
  readonly kind: 'number';
  /** The unit the guess is typed in (shown beside the field). */
  readonly unit: string;
  readonly min: number;
  readonly max: (f: PromptFacts) => number;
}

export interface ChoicePrompt extends PromptBase {
  readonly kind: 'choice';
  readonly choices: readonly string[];
}

export type Prediction = NumberPrompt | ChoicePrompt;

export type PredictionId =
  | 'converted-share'
  | 'dropped-rows'
  | 'click-rate-split'
  | 'validation-accuracy'
  | 'validation-errors'
  | 'uint8-size'
  | 'first-alert';

export const PREDICTIONS: readonly Prediction[] = [
  {
    id: 'converted-share',
    step: 'collection',
    kind: 'number',
    question: (f) => `Of these ${int(f.rows)} sessions, what share ends in a conversion?`,
    unit: '%',
    min: 0,
    max: () => 100,
    resultVerb: 'converted',
  },
  {
    id: 'dropped-rows',
    step: 'cleaning',
    kind: 'number',
    question: (f) =>
      `The generator breaks ${pctShort(f.faultRate)} of the ${int(f.rows)} rows. How many rows will cleaning drop?`,
    unit: 'rows',
    min: 0,
    max: (f) => f.rows,
    resultVerb: 'dropped',
  },
  {
    id: 'click-rate-split',
    step: 'features',
    kind: 'choice',
    question: () => 'Compared with sessions that do not convert, is the new click_rate of converting sessions…',
    choices: ['higher', 'about the same', 'lower'],
    resultVerb: 'shows',
  },
  {
    id: 'validation-accuracy',
    step: 'training',
    kind: 'number',
    question: (f) => `After ${int(f.epochs)} epochs, what accuracy will the model reach on the rows it never trained on?`,
    unit: '%',
    min: 0,
    max: () => 100,
    resultVerb: 'reached',
  },
  {
    id: 'validation-errors',
    step: 'validation',
    kind: 'number',
    question: (f) =>
      `At threshold ${f.threshold.toFixed(2)}, how many of the ${f.validationRows === null ? 'held-out' : int(f.validationRows)} held-out rows will the model get wrong?`,
    unit: 'rows',
    min: 0,
    max: (f) => f.validationRows ?? f.rows,
    resultVerb: 'got wrong',
  },
  {
    id: 'uint8-size',
    step: 'deployment',
    kind: 'number',
    question: () => 'Stored as uint8 (one byte per weight instead of four), how big is the model package compared with float32?',
    unit: '% of float32',
    min: 0,
    max: () => 100,
    resultVerb: 'measured',
  },
  {
    id: 'first-alert',
    step: 'monitoring',
    kind: 'number',
    question: (f) =>
      `In the “${f.scenario}” live stream, at which batch (of the first ${int(f.batches)}) will the first alert fire?`,
    unit: 'batch',
    min: 1,
    max: (f) => f.batches,
    resultVerb: 'fired',
  },
];

export const predictionFor = (step: string): Prediction | undefined => PREDICTIONS.find((p) => p.step === step);

export const PREDICT_TEXT = {
  region: 'Your prediction',
  lead: 'Predict first:',
  commit: 'Commit my guess',
  skip: 'Skip',
  requiredNote: 'Commit a guess to see this stage’s result.',
  skipped: 'Skipped the prediction.',
  waiting: 'Your guess is saved; the comparison appears once the run has produced this result.',
  close: 'close',
  near: 'not far off',
  far: 'a surprise',
  calibrationHeading: 'How well you predicted',
  calibrationNone:
    'No guesses compared yet: the calibration appears once you have committed guesses and the run has the results.',
  change: 'Guess again',
} as const;
