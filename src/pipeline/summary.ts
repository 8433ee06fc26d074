/**
 * The run as plain data, in the shape the CLI prints as JSON and the views
 * draw from. Nothing here computes ML results; it only describes them.
 */
import type { Scenario } from './config';
import type { EpochRecord } from './epochs';
import type { ValidationMetrics } from './metrics';
import type { AlertRulesSummary } from './monitoring';

export const STAGE_IDS = ['collection', 'cleaning', 'features', 'training', 'validation', 'deployment', 'monitoring'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAGE_NAMES: Readonly<Record<StageId, string>> = {
  collection: 'Data Collection',
  cleaning: 'Data Cleaning',
  features: 'Feature Engineering',
  training: 'Model Training',
  validation: 'Model Validation',
  deployment: 'Deployment Preparation',
  monitoring: 'Monitoring Setup',
};

/** The card's operation column for each stage. */
export const STAGE_OPERATIONS: Readonly<Record<StageId, string>> = {
  collection: 'Gather raw data from users and sensors',
  cleaning: 'Remove missing and incorrect values',
  features: 'Create new features like click rate',
  training: 'Train model on 80% of data',
  validation: 'Test model on 20% unseen data',
  deployment: 'Optimize model size and latency',
  monitoring: 'Track model performance and errors',
};

export type Shape = [rows: number, cols: number];

export interface StageRow {
  readonly id: StageId;
  readonly name: string;
  readonly inShape: Shape | null;
  readonly outShape: Shape | null;
  /** What goes in or comes out when it is not a table (the card's wording). */
  readonly inText: string;
  readonly operation: string;
  readonly outText: string;
  /** The card's example sentence, computed from this run. */
  readonly example: string;
}

export interface VariantSummary {
  readonly dtype: string;
  readonly weightBytes: number;
  readonly totalBytes: number;
  readonly accuracy: number;
  readonly maxAbsDiff: number;
}

export interface RunSummary {
  readonly seed: number;
  readonly backend: string;
  readonly backendReason: string;
  readonly stages: StageRow[];
  readonly epochs: EpochRecord[];
  readonly validation: ValidationMetrics;
  readonly deployment: {
    readonly float32Bytes: number;
    readonly float32WeightBytes: number;
    readonly variants: VariantSummary[];
    readonly latency: {
      readonly coldMs: number;
      readonly p50Ms: number;
      readonly p95Ms: number;
      readonly batchRows: number;
      readonly batchP50Ms: number;
    };
  };
  readonly monitoring: {
    readonly scenario: Scenario;
    readonly threshold: number;
    readonly ticks: { tick: number; accuracy: number | null; batchAccuracy: number; driftShare: number; faulty: number }[];
    /** Every moment a rule fired or resolved, in tick order. */
    readonly alerts: { tick: number; rule: string; kind: 'fired' | 'resolved'; value: number; message: string }[];
    /** How the alert rules decide (hysteresis included), in numbers and in words. */
    readonly alertRules: AlertRulesSummary;
  };
}

/** One formatter for every count: `toLocaleString` builds a new one per call (milliseconds over a table). */
const INT_FORMAT = new Intl.NumberFormat('en-US');
export const fmtInt = (n: number): string => INT_FORMAT.format(n);
/** The package the card line names: the uint8 variant, or the smallest one measured when there is none. */
export function shippedVariant(d: RunSummary['deployment']): VariantSummary | null {
  return d.variants.find((v) => v.dtype === 'uint8') ?? d.variants[d.variants.length - 1] ?? null;
}
/** A count with its noun: "1 batch", "1,960 rows" (`many` defaults to `one` + "s"). */
export const fmtCount = (n: number, one: string, many = `${one}s`): string => `${fmtInt(n)} ${n === 1 ? one : many}`;
/**
 * A measured time in ms, the same everywhere it is shown (card line, tables, checklist). Browsers round
 * performance.now() to 0.1 ms (or coarser), so shorter single timings read as "< 0.1 ms", never "0.00 ms".
 */
export const fmtMs = (ms: number): string =>
  ms < 0.1 ? '< 0.1 ms' : ms < 10 ? `${ms.toFixed(2)} ms` : ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
export const fmtPct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)} %`;
/** Whole percent, for chart ticks and knob values (0.8 → "80 %"). */
export const fmtPctWhole = (x: number): string => fmtPct(x, 0);
/** A percentage with as many decimals as it needs, up to two (0.8 → "80 %", 0.825 → "82.5 %"). */
export const fmtPctShort = (x: number): string => `${Number((x * 100).toFixed(2))} %`;
export const fmtShape = (s: Shape | null): string => (s ? `${fmtInt(s[0])} rows × ${fmtInt(s[1])} columns` : '—');
