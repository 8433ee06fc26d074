/**
 * Present mode's slides as data: for each step, the beats a clicker walks
 * through (each shows one main visual), what the presenter says, a question for
 * the class with the answer to listen for, and the minutes the step gets in a
 * 50-minute class. The demo reads each beat's cue (store/demo-flow.ts).
 */
import type { StepId } from './steps';

/** The steps the slides show: the walkthrough (review mode's own step is not a slide). */
export type SlideStepId = Exclude<StepId, 'review'>;

/** The one main visual a beat shows (app/slides/slide-visual.tsx draws each). */
export type SlideVisual = 'dots' | 'epoch-charts' | 'epoch-table' | 'monitor' | 'trace' | 'quiz' | 'insight' | 'details';

/**
 * What the demo does on a beat before moving on: `show` waits the demo's seconds;
 * `train` trains (if there is no trained model) and waits for the run and its
 * deployment report; `stream-to-alert` runs the live stream until its first
 * alert fires; `play` starts the beat's animation, then waits the seconds.
 */
export type BeatCue = 'show' | 'train' | 'stream-to-alert' | 'play';

export interface Beat {
  readonly label: string;
  readonly visual: SlideVisual;
  readonly cue: BeatCue;
  /** What to say while this beat is on screen. */
  readonly talk: readonly string[];
}

export interface StepSlides {
  readonly beats: readonly Beat[];
  readonly ask: { readonly question: string; readonly answer: string };
  /** Minutes of the 50-minute class plan. */
  readonly minutes: number;
}

/** The last beat of every stage: the whole step, with its settings and tables, for questions. */
const details = (what: string): Beat => ({
  label: 'Details',
  visual: 'details',
  cue: 'show',
  talk: [`The full step: ${what}. Use it to answer questions; the demo passes it quickly.`],
});

export const CLASS_MINUTES = 50;

export const SLIDES: Readonly<Record<SlideStepId, StepSlides>> = {
  collection: {
    beats: [
      {
        label: 'Every session as a mark',
        visual: 'dots',
        cue: 'show',
        talk: [
          'Each mark is one visit, stacked by day over eight weeks, coloured by whether it converted.',
          'The rows come from a seed: the same link gives the same data on every laptop in the room.',
        ],
      },
      details('the generated rows, column meanings and distributions'),
    ],
    ask: {
      question: 'Why does it matter that the same seed gives the same rows?',
      answer: 'Reproducibility: anyone can rerun, check and debug exactly the same experiment.',
    },
    minutes: 4,
  },
  cleaning: {
    beats: [
      {
        label: 'Faulty rows fall into bins',
        visual: 'dots',
        cue: 'play',
        talk: [
          'About 2 % of the rows are broken: missing clicks, impossible values.',
          'Each bin is one rule a row broke; the count under it is what cleaning dropped.',
        ],
      },
      details('every dropped row with its faulty value highlighted'),
    ],
    ask: {
      question: 'What would the model learn if we trained on the broken rows?',
      answer: 'Patterns that are tracker errors, not user behaviour — the errors confuse it and cost accuracy.',
    },
    minutes: 5,
  },
  features: {
    beats: [
      {
        label: 'Rows sorted by click rate',
        visual: 'dots',
        cue: 'play',
        talk: [
          'click_rate = clicks per page; time_since_last_click looks back at the same user only.',
          'The two histograms separate: that separation is what the model can use.',
        ],
      },
      details('the formulas worked on real rows, and the switch to train without them'),
    ],
    ask: {
      question: 'Why may time_since_last_click only use clicks that happened before the row?',
      answer: 'Using the future is leakage: it is not known at prediction time, so production accuracy would drop.',
    },
    minutes: 5,
  },
  training: {
    beats: [
      {
        label: 'Before: training and validation rows',
        visual: 'dots',
        cue: 'show',
        talk: ['The seeded shuffle puts 80 % of the rows in training and keeps 20 % aside, never seen.'],
      },
      {
        label: 'Train',
        visual: 'dots',
        cue: 'train',
        talk: [
          'Press Space to train. After each epoch the marks re-sort: right answers drop, wrong ones rise.',
          'It runs in a Web Worker, so the page stays responsive.',
        ],
      },
      {
        label: 'Loss and accuracy curves',
        visual: 'epoch-charts',
        cue: 'show',
        talk: ['Loss falls, accuracy rises. Watch the gap between training and validation: that is overfitting.'],
      },
      {
        label: 'The epoch table',
        visual: 'epoch-table',
        cue: 'show',
        talk: ['The card’s epoch table, written from this run’s numbers, one observation per epoch.'],
      },
      details('the settings, the backend and Train/Stop'),
    ],
    ask: {
      question: 'Training accuracy keeps rising but validation accuracy falls. What is happening?',
      answer: 'Overfitting: the model memorises training rows; stop earlier or regularise.',
    },
    minutes: 8,
  },
  validation: {
    beats: [
      {
        label: 'Held-out rows sorted into the confusion matrix',
        visual: 'dots',
        cue: 'play',
        talk: [
          'The 20 % the model never saw, each placed in its confusion-matrix cell.',
          'Compare with always answering the majority class: accuracy alone can flatter.',
        ],
      },
      details('the threshold slider, precision, recall, ROC and the overfitting check'),
    ],
    ask: {
      question: 'Why report validation numbers rather than training numbers?',
      answer: 'They come from unseen rows, so they preview production performance honestly.',
    },
    minutes: 6,
  },
  deployment: {
    beats: [
      {
        label: 'Weights collapse onto uint8 levels',
        visual: 'dots',
        cue: 'play',
        talk: [
          'Quantization stores each weight in one byte instead of four: about four times smaller.',
          'The lit marks are the validation rows whose decision changed after compression.',
        ],
      },
      details('the variants table, latency and the package download'),
    ],
    ask: {
      question: 'What do we check before shipping the compressed model?',
      answer: 'Size, latency and that accuracy (and the decisions) barely changed.',
    },
    minutes: 6,
  },
  monitoring: {
    beats: [
      {
        label: 'Live rows stream in until the first alert',
        visual: 'dots',
        cue: 'stream-to-alert',
        talk: [
          'Space starts the live stream. Each column is one live batch, each mark one visitor: filled if the model was right, a plus if it was wrong.',
          'Watch the plus signs grow as the world drifts; below, the most drifted feature’s live share pulls away from its training share.',
          'The label marks the batch where the accuracy alert fired.',
        ],
      },
      {
        label: 'Rolling accuracy and the alert',
        visual: 'monitor',
        cue: 'show',
        talk: [
          'The same batches as a rolling accuracy line against the threshold.',
          'An alert fires only after the rule has held for a few batches, so one noisy batch does not page anyone.',
        ],
      },
      details('the drift bars, the alert log, retrain and rollback'),
    ],
    ask: {
      question: 'Nothing in the code changed. Why did accuracy fall?',
      answer: 'The data drifted away from the training data; monitoring catches it, retraining fixes it.',
    },
    minutes: 7,
  },
  trace: {
    beats: [
      {
        label: 'One row through the model',
        visual: 'trace',
        cue: 'play',
        talk: ['One real row, layer by layer: inputs, two ReLU layers, the sigmoid, then the threshold.'],
      },
      details('the feature editors: change a value and the whole trace is recomputed'),
    ],
    ask: {
      question: 'Which layer turns the score into a yes or no?',
      answer: 'The threshold decision after the sigmoid output.',
    },
    minutes: 4,
  },
  quiz: {
    beats: [
      {
        label: 'Quiz',
        visual: 'quiz',
        cue: 'show',
        talk: ['Let the class vote before you check each answer.'],
      },
    ],
    ask: {
      question: 'Why is data cleaning important before training?',
      answer: 'It removes errors that can confuse the model.',
    },
    minutes: 3,
  },
  insight: {
    beats: [
      {
        label: 'Key insight',
        visual: 'insight',
        cue: 'show',
        talk: ['Production readiness: reliable with real data, handles errors, keeps performing over time.'],
      },
    ],
    ask: {
      question: 'Which stage would you add first to a model your team already ships?',
      answer: 'Usually monitoring: without it, drift goes unnoticed until users complain.',
    },
    minutes: 2,
  },
};
