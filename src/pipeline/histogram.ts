/**
 * Histograms for the distribution plots: equal-width bins over a range, with
 * counts split by label so a view can show how a feature separates the classes.
 */
import { quantile } from './quantile';

export interface Histogram {
  /** Bin edges, length bins + 1 (numeric) — empty for categorical. */
  readonly edges: number[];
  /** Category names (categorical) — empty for numeric. */
  readonly categories: string[];
  /** Rows per bin/category with label 0. */
  readonly negative: number[];
  /** Rows per bin/category with label 1. */
  readonly positive: number[];
  /** Rows skipped because the value was missing (NaN). */
  readonly missing: number;
}

/**
 * Equal-width histogram of `values` split by `labels` (0/1). The range is
 * [lo, hi] (default: the 0.5th–99.5th percentile, so one outlier does not
 * squash the plot); values outside go into the end bins.
 */
export function numericHistogram(
  values: ArrayLike<number>,
  labels: ArrayLike<number>,
  bins = 20,
  lo?: number,
  hi?: number,
): Histogram {
  const a = lo ?? quantile(values, 0.005);
  let b = hi ?? quantile(values, 0.995);
  if (!(b > a)) b = a + 1;
  const width = (b - a) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => a + i * width);
  const negative = new Array<number>(bins).fill(0);
  const positive = new Array<number>(bins).fill(0);
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) {
      missing++;
      continue;
    }
    const k = Math.min(bins - 1, Math.max(0, Math.floor((v - a) / width)));
    if (labels[i] >= 0.5) positive[k]++;
    else negative[k]++;
  }
  return { edges, categories: [], negative, positive, missing };
}

/** Counts per category code, split by label. */
export function categoricalHistogram(
  codes: ArrayLike<number>,
  labels: ArrayLike<number>,
  categories: readonly string[],
): Histogram {
  const negative = new Array<number>(categories.length).fill(0);
  const positive = new Array<number>(categories.length).fill(0);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!(c >= 0 && c < categories.length)) {
      missing++;
      continue;
    }
    if (labels[i] >= 0.5) positive[c]++;
    else negative[c]++;
  }
  return { edges: [], categories: [...categories], negative, positive, missing };
}

/** True when every finite value in `values` is a whole number (page views, clicks). */
export function isWholeNumbers(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]) && !Number.isInteger(values[i])) return false;
  return true;
}

/**
 * Like numericHistogram, for whole-number columns: bins are whole-number wide
 * and centred on the integers (edges at k − 0.5), so no bin splits a count.
 */
export function integerHistogram(values: ArrayLike<number>, labels: ArrayLike<number>, maxBins = 20): Histogram {
  const lo = Math.round(quantile(values, 0));
  const hi = Math.max(lo, Math.round(quantile(values, 0.995)));
  const width = Math.max(1, Math.ceil((hi - lo + 1) / maxBins));
  const bins = Math.max(1, Math.ceil((hi - lo + 1) / width));
  return numericHistogram(values, labels, bins, lo - 0.5, lo - 0.5 + bins * width);
}
