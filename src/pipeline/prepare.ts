/**
 * Turning feature columns into the model's input matrix: categorical columns
 * are one-hot encoded; numeric columns are (optionally) log-compressed and then
 * standardised with means and standard deviations fitted on the training rows
 * only (fitting on all rows would leak validation data into training).
 */
import { CATEGORIES, type FeatureColumnName } from './schema';
import type { Table } from './table';

export type Transform = 'none' | 'log1p';

export interface EncodedFeature {
  readonly name: FeatureColumnName;
  readonly kind: 'numeric' | 'categorical';
  readonly transform: Transform;
  readonly categories?: readonly string[];
}

/** Everything needed to turn a row into model input the same way in training and in serving. */
export interface Preprocessor {
  readonly features: readonly EncodedFeature[];
  /** Names of the model's input columns after encoding, e.g. "device=mobile", "clicks". */
  readonly inputNames: readonly string[];
  /** Per input column: mean subtracted (0 for one-hot columns). */
  readonly means: readonly number[];
  /** Per input column: divisor (1 for one-hot columns). */
  readonly stds: readonly number[];
}

/** Numeric features compressed with log1p before standardising (skewed counts and durations). */
export const LOG_COLUMNS: ReadonlySet<FeatureColumnName> = new Set<FeatureColumnName>([
  'session_length_s',
  'page_views',
  'clicks',
  'load_time_ms',
  'time_since_last_click',
]);

function describe(name: FeatureColumnName): EncodedFeature {
  const categories = CATEGORIES[name];
  if (categories) return { name, kind: 'categorical', transform: 'none', categories };
  return { name, kind: 'numeric', transform: LOG_COLUMNS.has(name) ? 'log1p' : 'none' };
}

function inputNamesOf(features: readonly EncodedFeature[]): string[] {
  return features.flatMap((f) => (f.categories ? f.categories.map((c) => `${f.name}=${c}`) : [f.name]));
}

/** Raw value → encoded row slots, before standardisation. */
function writeRaw(f: EncodedFeature, v: number, out: Float32Array | number[], at: number): number {
  if (f.categories) {
    for (let k = 0; k < f.categories.length; k++) out[at + k] = v === k ? 1 : 0;
    return at + f.categories.length;
  }
  out[at] = f.transform === 'log1p' ? Math.log1p(Math.max(0, v)) : v;
  return at + 1;
}

/**
 * Fits the scaler on `rows` of `table` (the training rows).
 * @param featureNames model features in order (see modelFeatureNames)
 */
export function fitPreprocessor(
  table: Table<FeatureColumnName>,
  rows: ArrayLike<number>,
  featureNames: readonly FeatureColumnName[],
): Preprocessor {
  const features = featureNames.map(describe);
  const inputNames = inputNamesOf(features);
  const d = inputNames.length;
  const sum = new Float64Array(d);
  const sumSq = new Float64Array(d);
  const buf = new Float32Array(d);
  for (let r = 0; r < rows.length; r++) {
    let at = 0;
    for (const f of features) at = writeRaw(f, table.columns[f.name][rows[r]], buf, at);
    for (let j = 0; j < d; j++) {
      sum[j] += buf[j];
      sumSq[j] += buf[j] * buf[j];
    }
  }
  const means: number[] = [];
  const stds: number[] = [];
  let j = 0;
  for (const f of features) {
    const width = f.categories ? f.categories.length : 1;
    for (let k = 0; k < width; k++, j++) {
      if (f.categories) {
        means.push(0);
        stds.push(1);
      } else {
        const m = sum[j] / rows.length;
        const v = Math.max(0, sumSq[j] / rows.length - m * m);
        means.push(m);
        stds.push(Math.sqrt(v) || 1);
      }
    }
  }
  return { features, inputNames, means, stds };
}

/** Encodes one row given as feature values (in prep.features order) into model input. */
export function encodeValues(
  prep: Preprocessor,
  values: readonly number[],
  out = new Float32Array(prep.inputNames.length),
): Float32Array {
  let at = 0;
  prep.features.forEach((f, i) => (at = writeRaw(f, values[i], out, at)));
  for (let j = 0; j < out.length; j++) out[j] = (out[j] - prep.means[j]) / prep.stds[j];
  return out;
}

export interface Encoded {
  /** Row-major [n × d] model input. */
  readonly x: Float32Array;
  /** [n] labels, 0 or 1. */
  readonly y: Float32Array;
  readonly n: number;
  readonly d: number;
}

/** Encodes `rows` of `table` (all rows if omitted) into a model input matrix and labels. */
export function encodeTable(prep: Preprocessor, table: Table<FeatureColumnName>, rows?: ArrayLike<number>): Encoded {
  const n = rows ? rows.length : table.length;
  const d = prep.inputNames.length;
  const x = new Float32Array(n * d);
  const y = new Float32Array(n);
  const values = new Array<number>(prep.features.length);
  const cols = prep.features.map((f) => table.columns[f.name]);
  const label = table.columns.converted;
  for (let r = 0; r < n; r++) {
    const i = rows ? rows[r] : r;
    for (let k = 0; k < cols.length; k++) values[k] = cols[k][i];
    encodeValues(prep, values, x.subarray(r * d, (r + 1) * d));
    y[r] = label[i];
  }
  return { x, y, n, d };
}
