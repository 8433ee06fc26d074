/** The lesson card's quiz question, verbatim, and two more in its style (the full quiz bank extends them). */
import type { StepId } from './steps';

export type OptionKey = 'A' | 'B' | 'C' | 'D';

/** How sure the learner was of an answer (asked with every answer; saved with it). */
export const CONFIDENCE_LEVELS = ['sure', 'think', 'guess'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export interface QuizOption {
  readonly key: OptionKey;
  readonly text: string;
  /** Why this option is right or wrong. */
  readonly why: string;
}

export interface QuizQuestion {
  readonly id: string;
  /** The step that teaches it (the review links back there). */
  readonly stage: StepId;
  readonly prompt: string;
  readonly options: readonly QuizOption[];
  readonly answer: OptionKey;
  /** Asked as the short checkpoint at the end of its stage. */
  readonly checkpoint?: boolean;
}

const KEYS: readonly OptionKey[] = ['A', 'B', 'C', 'D'];

/** Builds a question from [text, why] pairs, lettered A, B, C, D in order. */
export function question(
  id: string,
  stage: StepId,
  prompt: string,
  answer: OptionKey,
  options: readonly (readonly [text: string, why: string])[],
  checkpoint?: boolean,
): QuizQuestion {
  return {
    id,
    stage,
    prompt,
    answer,
    options: options.map(([text, why], i) => ({ key: KEYS[i], text, why })),
    ...(checkpoint ? { checkpoint } : {}),
  };
}

export const CARD_QUESTION: QuizQuestion = {
  id: 'card-cleaning',
  stage: 'cleaning',
  prompt: 'Why is data cleaning important before training?',
  options: [
    { key: 'A', text: 'It increases the number of training samples', why: 'Cleaning removes rows; it never adds samples.' },
    {
      key: 'B',
      text: 'It makes the model run faster by reducing features',
      why: 'Cleaning drops faulty rows, not features; the model is the same size.',
    },
    {
      key: 'C',
      text: 'It removes errors that can confuse the model',
      why: 'Right: missing clicks and impossible values would teach the model patterns that do not exist.',
    },
    {
      key: 'D',
      text: 'It changes the model architecture',
      why: 'The architecture is chosen at training time; cleaning only touches the data.',
    },
  ],
  answer: 'C',
  checkpoint: true,
};

/** The card's "Model Quiz — 3 questions": its own question first. */
export const CARD_QUESTIONS: readonly QuizQuestion[] = [
  CARD_QUESTION,
  question(
    'card-validation',
    'validation',
    'Why is the model tested on 20% unseen data?',
    'B',
    [
      ['It makes training finish faster', 'Holding rows out does not speed anything up; it is about measuring honestly.'],
      [
        'It shows how the model will do on new data it has never seen',
        'Right: real users bring new rows, so only rows the model never learned from preview production.',
      ],
      ['It gives the model more data to learn from', 'The opposite: those 20 % are kept away from learning on purpose.'],
      ['It removes faulty rows from the data', 'Faulty rows are removed by cleaning, before the split.'],
    ],
    true,
  ),
  question(
    'card-monitoring',
    'monitoring',
    'Why set up monitoring after the model is deployed?',
    'D',
    [
      [
        'It retrains the model after every epoch',
        'Epochs belong to training; monitoring watches the model once it serves users.',
      ],
      ['It compresses the model to reduce latency', 'Compression is deployment preparation, done before shipping.'],
      [
        'It cleans the live data before the model sees it',
        'Validation rules can reject bad rows, but that is not what monitoring is for.',
      ],
      [
        'It tracks performance and raises an alert when accuracy drops, for example below 80%',
        'Right: the world changes after deployment, and an alert is how you find out before users do.',
      ],
    ],
    true,
  ),
];
