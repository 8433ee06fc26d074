/**
 * Training/serving skew: the trained model served with one feature computed
 * differently from training. Each skew is a plausible serving bug (a unit
 * change, a forgotten scaler) that raises no error: the model still returns a
 * valid probability for every row, just a worse one.
 */
import type { FeatureTable } from './features';
import { encodeTable, type Encoded, type Preprocessor } from './prepare';
import type { FeatureColumnName } from './schema';

export const SKEW_IDS = ['click_rate_unscaled', 'click_rate_percent', 'recency_minutes', 'load_time_seconds'] as const;
export type SkewId = (typeof SKEW_IDS)[number];

export interface SkewInfo {
  readonly id: SkewId;
  readonly feature: FeatureColumnName;
  readonly label: string;
  /** How training computed the model input, in a student's words. */
  readonly training: string;
  /** What the serving code does instead. */
  readonly serving: string;
}

export const SKEWS: Readonly<Record<SkewId, SkewInfo>> = {
  click_rate_unscaled: {
    id: 'click_rate_unscaled',
    feature: 'click_rate',
    label: 'click_rate without the training scaler',
    training: 'click_rate standardised with the training mean and standard deviation',
    serving: 'the raw click_rate (0–1) goes straight into the model',
  },
  click_rate_percent: {
    id: 'click_rate_percent',
    feature: 'click_rate',
    label: 'click_rate as a percentage',
    training: 'click_rate = clicks ÷ page views (0–1)',
    serving: 'click_rate = 100 × clicks ÷ page views (0–100)',
  },
  recency_minutes: {
    id: 'recency_minutes',
    feature: 'time_since_last_click',
    label: 'time_since_last_click in minutes',
    training: 'time_since_last_click in hours',
    serving: 'time_since_last_click in minutes (60× larger)',
  },
  load_time_seconds: {
    id: 'load_time_seconds',
    feature: 'load_time_ms',
    label: 'load time in seconds',
    training: 'load_time_ms in milliseconds',
    serving: 'load time in seconds (1,000× smaller)',
  },
};

/** Unit bugs: what the serving code computes from the true raw value. */
const RAW: Partial<Record<SkewId, (v: number) => number>> = {
  click_rate_percent: (v) => v * 100,
  recency_minutes: (v) => v * 60,
  load_time_seconds: (v) => v / 1000,
};

/** True when the model uses the skew's feature (the engineered ones can be switched off). */
export function skewApplies(prep: Preprocessor, id: SkewId): boolean {
  return prep.features.some((f) => f.name === SKEWS[id].feature);
}

/**
 * Encodes `rows` of `table` the way a buggy server would: like encodeTable, but
 * with skew `id` applied to one feature. Does not mutate `table`.
 * @returns [rows × d] model input and labels, as encodeTable
 * @throws Error when the model does not use the skew's feature
 */
export function encodeSkewed(prep: Preprocessor, table: FeatureTable, rows: ArrayLike<number>, id: SkewId): Encoded {
  const { feature } = SKEWS[id];
  if (!skewApplies(prep, id)) throw new Error(`The model does not use ${feature}`);
  const raw = RAW[id];
  if (raw) {
    const column = Float32Array.from(table.columns[feature], raw);
    return encodeTable(prep, { length: table.length, columns: { ...table.columns, [feature]: column } }, rows);
  }
  // Scaler bug: undo the standardisation of the feature's input column.
  const enc = encodeTable(prep, table, rows);
  const j = prep.inputNames.indexOf(feature);
  const x = enc.x;
  for (let r = 0; r < enc.n; r++) x[r * enc.d + j] = x[r * enc.d + j] * prep.stds[j] + prep.means[j];
  return enc;
}

/** Mean and (population) standard deviation of input column `j` of `enc`. */
export function columnStats(enc: Pick<Encoded, 'x' | 'n' | 'd'>, j: number): { mean: number; std: number } {
  if (enc.n === 0) return { mean: NaN, std: NaN };
  let s = 0;
  for (let r = 0; r < enc.n; r++) s += enc.x[r * enc.d + j];
  const mean = s / enc.n;
  let ss = 0;
  for (let r = 0; r < enc.n; r++) ss += (enc.x[r * enc.d + j] - mean) ** 2;
  return { mean, std: Math.sqrt(ss / enc.n) };
}

export interface ServingComparison {
  /** Accuracy with the training pipeline (0–1). */
  readonly accuracy: number;
  /** Accuracy with the skewed serving pipeline (0–1). */
  readonly skewedAccuracy: number;
  /** Rows whose decision changed. */
  readonly flipped: number;
  /** Mean |p_skewed − p| over the rows. */
  readonly meanAbsShift: number;
  /** Every skewed probability was a finite number in [0, 1]: nothing looked wrong. */
  readonly allValid: boolean;
}

/** Compares the decisions of the two pipelines against labels `y` at `threshold`. */
export function compareServing(
  y: ArrayLike<number>,
  p: ArrayLike<number>,
  skewed: ArrayLike<number>,
  threshold: number,
): ServingComparison {
  let right = 0;
  let skewedRight = 0;
  let flipped = 0;
  let shift = 0;
  let allValid = true;
  for (let i = 0; i < y.length; i++) {
    const a = p[i] >= threshold ? 1 : 0;
    const b = skewed[i] >= threshold ? 1 : 0;
    const label = y[i] >= 0.5 ? 1 : 0;
    if (a === label) right++;
    if (b === label) skewedRight++;
    if (a !== b) flipped++;
    shift += Math.abs(skewed[i] - p[i]);
    if (!(skewed[i] >= 0 && skewed[i] <= 1)) allValid = false;
  }
  const n = Math.max(1, y.length);
  return { accuracy: right / n, skewedAccuracy: skewedRight / n, flipped, meanAbsShift: shift / n, allValid };
}
