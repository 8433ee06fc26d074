/**
 * Axis arithmetic for the hand-drawn SVG charts: "nice" tick values (1, 2, 2.5
 * or 5 times a power of ten) and linear maps from data to pixels. Pure.
 */

/** A step near span / (maxTicks − 1), rounded up to 1, 2, 2.5 or 5 × 10^k. */
export function niceStep(span: number, maxTicks: number): number {
  const raw = span / Math.max(1, maxTicks - 1);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * Evenly spaced nice ticks whose first is ≤ min and last ≥ max (the axis domain is
 * [first, last]). A flat series (min = max) is padded by 10 % (or 0.1 at zero) so
 * it draws mid-axis. Empty for non-finite input.
 */
export function niceTicks(min: number, max: number, maxTicks = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return [];
  // Flat, or a span lost in float precision next to the values' size: treat as flat.
  if (max - min <= Math.max(Math.abs(min), Math.abs(max)) * 1e-9) {
    const pad = Math.abs(min) * 0.1 || 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, maxTicks);
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  if (!(last - first <= 4 * maxTicks)) return [min, max]; // cannot happen with finite input; never loop long
  const ticks: number[] = [];
  // toPrecision trims float noise (0.30000000000000004 → 0.3).
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * Whole-number ticks for an axis of 1…last (epochs): every integer while there are
 * few, otherwise 1 and the multiples of a nice whole step.
 */
export function integerTicks(last: number, maxTicks = 8): number[] {
  if (!(last >= 1)) return [1];
  const step = Math.max(1, Math.ceil(niceStep(last - 1, maxTicks)));
  const ticks = [1];
  for (let v = step === 1 ? 2 : step; v <= last; v += step) ticks.push(v);
  return ticks;
}

/** Linear map of [d0, d1] onto [r0, r1]; a zero-width domain maps to the range's middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}
