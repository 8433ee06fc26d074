/**
 * The run's settings and numbers a code snippet is filled in with (plain data,
 * built from the store by store/code-facts.ts; content/ only describes its shape).
 */
export interface CodeFacts {
  /** Seed of the run (the snippets' own shuffles take it where the library can). */
  readonly seed: number;
  /** Sessions collected (rows before cleaning). */
  readonly rows: number;
  /** Share of collected rows the generator broke (0–1). */
  readonly faultRate: number;
  /** True when this run skipped cleaning (missing clicks imputed as 0, impossible values kept). */
  readonly skipCleaning: boolean;
  /** Rows left after cleaning, and after feature engineering. */
  readonly keptRows: number;
  /** Columns after feature engineering: 12, or 10 with the engineered features off. */
  readonly featureCount: number;
  /** True when the two engineered columns go to the model. */
  readonly useEngineered: boolean;
  /** The model’s features before encoding, in the order the model sees them. */
  readonly featureColumns: readonly string[];
  /** Numeric features the encoder compresses with log1p before standardising. */
  readonly logColumns: readonly string[];
  readonly devices: readonly string[];
  readonly sources: readonly string[];
  /** time_since_last_click's cap and first-session value, hours. */
  readonly recencyCapHours: number;
  /** Width of the encoded input row (one-hot categories + numeric columns). */
  readonly inputSize: number;
  readonly trainRows: number;
  readonly validationRows: number;
  /** Share held out for validation (0.2: the 80/20 split). */
  readonly validationShare: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly hidden1: number;
  readonly hidden2: number;
  /** Trainable parameters of input → hidden1 → hidden2 → 1. */
  readonly params: number;
  /** Decision threshold on the model's probability. */
  readonly threshold: number;
  /** Levels of the deployment quantization (255 for uint8). */
  readonly quantLevels: number;
  /** Rolling-accuracy window, in live batches. */
  readonly windowTicks: number;
  /** Batches in a row a rule must hold before it fires (and fail before it resolves). */
  readonly persistTicks: number;
  /** Alert when rolling accuracy < this (0–1). */
  readonly alertThreshold: number;
  readonly scenario: string;
}

export type CodeLanguage = 'js' | 'python';
