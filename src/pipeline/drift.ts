/**
 * Drift measures for Stage 7: how far live feature distributions have moved
 * from the training data. PSI (population stability index) compares binned
 * shares; the normalised Wasserstein distance is the earth-mover distance
 * between the two empirical distributions in units of the training standard
 * deviation (numeric features only).
 */
import { quantileSorted } from './quantile';
import { CATEGORIES, type FeatureColumnName } from './schema';
import type { Table } from './table';

/** PSI ≥ 0.2 is the usual rule of thumb for a significant shift. */
export const PSI_THRESHOLD = 0.2;
/** A shift of a quarter of a training standard deviation. */
export const WASSERSTEIN_THRESHOLD = 0.25;

const FLOOR = 1e-4;

export interface FeatureReference {
  readonly name: FeatureColumnName;
  /** Upper bin edges for numeric features (bins are (−∞,e0], (e0,e1], …, (e_last, ∞)); empty for categorical. */
  readonly edges: readonly number[];
  /** Training share in each bin or category. */
  readonly expected: readonly number[];
  /** Sorted training values (numeric only). */
  readonly sorted: Float32Array | null;
  readonly std: number;
}

export interface FeatureDrift {
  readonly name: FeatureColumnName;
  readonly psi: number;
  /** Normalised Wasserstein distance; null for categorical features. */
  readonly wasserstein: number | null;
  readonly drifted: boolean;
  /**
   * The two distributions PSI compared, bin by bin: the training share and the
   * live share (finite live values only) in each of the reference's bins (its
   * `edges`, or its categories). The dot view draws these, never its own bins.
   */
  readonly expected: readonly number[];
  readonly actual: readonly number[];
  readonly edges: readonly number[];
}

function binIndex(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function shares(values: ArrayLike<number>, bins: number, binOf: (v: number) => number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(values[i])]++;
  return counts.map((c) => c / Math.max(1, values.length));
}

function gather(table: Table<FeatureColumnName>, name: FeatureColumnName, rows?: ArrayLike<number>): Float32Array {
  const col = table.columns[name];
  if (!rows) return Float32Array.from(col);
  const out = new Float32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = col[rows[i]];
  return out;
}

/** Builds the reference for one feature from training values (deciles for numeric features). */
export function featureReference(name: FeatureColumnName, values: Float32Array): FeatureReference {
  const cats = CATEGORIES[name];
  if (cats) return { name, edges: [], expected: shares(values, cats.length, (v) => v), sorted: null, std: 0 };
  const sorted = values.slice().sort();
  const raw = Array.from({ length: 9 }, (_, k) => quantileSorted(sorted, (k + 1) / 10));
  const edges = raw.filter((e, i) => i === 0 || e !== raw[i - 1]);
  let mean = 0;
  for (const v of sorted) mean += v;
  mean /= sorted.length;
  let ss = 0;
  for (const v of sorted) ss += (v - mean) ** 2;
  const std = Math.sqrt(ss / Math.max(1, sorted.length)) || 1;
  return { name, edges, expected: shares(sorted, edges.length + 1, (v) => binIndex(edges, v)), sorted, std };
}

export function buildDriftReference(
  table: Table<FeatureColumnName>,
  rows: ArrayLike<number>,
  names: readonly FeatureColumnName[],
): FeatureReference[] {
  return names.map((n) => featureReference(n, gather(table, n, rows)));
}

/** Σ (a − e)·ln(a / e) over bins, shares floored at 1e-4. */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(FLOOR, expected[i]);
    const a = Math.max(FLOOR, actual[i]);
    s += (a - e) * Math.log(a / e);
  }
  return s;
}

/** The sorted sample without its NaNs (typed-array sort puts NaN last). */
function withoutNaN(s: Float32Array): Float32Array {
  let end = s.length;
  while (end > 0 && Number.isNaN(s[end - 1])) end--;
  return end === s.length ? s : s.subarray(0, end);
}

/** W1 between two sorted samples: ∫ |F_a(x) − F_b(x)| dx, by merging. Missing values (NaN) are ignored. */
export function wasserstein1(sortedA: Float32Array, sortedB: Float32Array): number {
  const a = withoutNaN(sortedA);
  const b = withoutNaN(sortedB);
  if (a.length === 0 || b.length === 0) return NaN;
  let i = 0;
  let j = 0;
  let prev = Math.min(a[0], b[0]);
  let area = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    area += Math.abs(i / a.length - j / b.length) * (x - prev);
    prev = x;
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
  }
  return area;
}

/** The finite values of `values` (a copy only when some are not finite). */
function finiteOnly(values: Float32Array): Float32Array {
  let bad = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) bad++;
  if (bad === 0) return values;
  const out = new Float32Array(values.length - bad);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[k++] = values[i];
  return out;
}

/**
 * Drift of one feature's live values against its reference. Non-finite live
 * values (NaN, ±Infinity) are faulty: both PSI and Wasserstein leave them out,
 * so the two measures always judge the same sample.
 */
export function featureDrift(ref: FeatureReference, allLive: Float32Array): FeatureDrift {
  const live = finiteOnly(allLive);
  if (!ref.sorted) {
    const actual = shares(live, ref.expected.length, (v) => v);
    const p = psi(ref.expected, actual);
    return { name: ref.name, psi: p, wasserstein: null, drifted: p >= PSI_THRESHOLD, expected: ref.expected, actual, edges: [] };
  }
  const actual = shares(live, ref.expected.length, (v) => binIndex(ref.edges, v));
  const p = psi(ref.expected, actual);
  const w = wasserstein1(ref.sorted, live.slice().sort()) / ref.std;
  const drifted = p >= PSI_THRESHOLD || w >= WASSERSTEIN_THRESHOLD;
  return { name: ref.name, psi: p, wasserstein: w, drifted, expected: ref.expected, actual, edges: ref.edges };
}

/** Drift of every referenced feature in `table` (optionally only `rows`). */
export function driftReport(
  refs: readonly FeatureReference[],
  table: Table<FeatureColumnName>,
  rows?: ArrayLike<number>,
): FeatureDrift[] {
  return refs.map((r) => featureDrift(r, gather(table, r.name, rows)));
}

/** Share of features that drifted (0–1). */
export function driftShare(report: readonly FeatureDrift[]): number {
  return report.length === 0 ? 0 : report.filter((d) => d.drifted).length / report.length;
}
