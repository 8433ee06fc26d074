/**
 * The run's settings and numbers a code snippet is filled in with (plain data,
 * built from the store by store/code-facts.ts; content/ only describes its shape).
 */
import type { PipelineConfig } from '../../pipeline/config';

/**
 * Settings a snippet takes from the run's configuration as they are, typed by the configuration itself
 * (seed; faultRate 0–1; useEngineered; the training knobs; the decision threshold and the alert
 * threshold, 0–1; the drift scenario's id).
 */
type ConfigFacts = Readonly<
  Pick<
    PipelineConfig,
    | 'seed'
    | 'faultRate'
    | 'useEngineered'
    | 'epochs'
    | 'batchSize'
    | 'learningRate'
    | 'hidden1'
    | 'hidden2'
    | 'threshold'
    | 'alertThreshold'
    | 'scenario'
  >
>;

export interface CodeFacts extends ConfigFacts {
  /** Sessions collected (rows before cleaning). */
  readonly rows: number;
  /** True when this run skipped cleaning (missing clicks imputed as 0, impossible values kept). */
  readonly skipCleaning: boolean;
  /** Rows left after cleaning, and after feature engineering. */
  readonly keptRows: number;
  /** Columns after feature engineering: 12, or 10 with the engineered features off. */
  readonly featureCount: number;
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
  /** Trainable parameters of input → hidden1 → hidden2 → 1. */
  readonly params: number;
  /** Levels of the deployment quantization (255 for uint8). */
  readonly quantLevels: number;
  /** Rolling-accuracy window, in live batches. */
  readonly windowTicks: number;
  /** Batches in a row a rule must hold before it fires (and fail before it resolves). */
  readonly persistTicks: number;
}

export type CodeLanguage = 'js' | 'python';
