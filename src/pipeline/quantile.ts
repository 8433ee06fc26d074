/**
 * The one quantile definition in the app: nearest rank (Hyndman & Fan type 1,
 * the "inverted empirical CDF"): the q-quantile of n values is the smallest
 * value with at least q·n values at or below it — sorted[ceil(q·n) − 1],
 * clamped to the sample. Always one of the values, never an interpolation:
 * a p95 latency is a latency that was measured; a decile edge is a value the
 * training data really had.
 */

/** The q-quantile (0–1) of ascending `sorted` (NaN for an empty sample). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))];
}

/** The q-quantile (0–1) of the finite values in `values` (sorts a copy; NaN when none is finite). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const finite = Float64Array.from(values).filter((v) => Number.isFinite(v));
  return quantileSorted(finite.sort(), q);
}
