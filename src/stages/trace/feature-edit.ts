/**
 * Input editing rules for the trace's feature controls: slider bounds and the
 * clicks ≤ page_views constraint. UI only: the model sees whatever values result.
 */
import type { FeatureColumnName } from '../../pipeline/schema';
import type { FeatureRange } from '../../pipeline/snapshot';

/** Count features: their sliders move in whole steps. */
export const INTEGER_FEATURES: ReadonlySet<FeatureColumnName> = new Set<FeatureColumnName>(['page_views', 'clicks']);

export interface SliderSpec {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** 1, 2 or 5 × a power of ten, at least `x`. */
function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const decimalsOf = (step: number): number => Math.max(0, -Math.floor(Math.log10(step)) + 1);

/** Slider bounds covering the training rows' range, rounded out to a friendly step (~100 stops). */
export function sliderSpec(range: FeatureRange): SliderSpec {
  const lo = Number.isFinite(range.min) ? range.min : 0;
  const hi = Number.isFinite(range.max) && range.max > lo ? range.max : lo + 1;
  if (INTEGER_FEATURES.has(range.name)) return { min: Math.floor(lo), max: Math.max(Math.ceil(hi), Math.floor(lo) + 1), step: 1 };
  const step = niceStep((hi - lo) / 100);
  const d = decimalsOf(step);
  return {
    min: Number((Math.floor(lo / step) * step).toFixed(d)),
    max: Number((Math.ceil(hi / step) * step).toFixed(d)),
    step,
  };
}

export interface Edit {
  readonly values: number[];
  /** Why another value changed too (or this one was held back), or null. */
  readonly clamped: { readonly feature: FeatureColumnName; readonly pageViews: number } | null;
}

/**
 * Sets feature `name` to `value` in a copy of `values` (featureNames order),
 * keeping clicks ≤ page_views: clicks above page_views stop at page_views, and
 * lowering page_views below clicks lowers clicks with it.
 */
export function applyEdit(
  names: readonly FeatureColumnName[],
  values: readonly number[],
  name: FeatureColumnName,
  value: number,
): Edit {
  const out = [...values];
  const at = names.indexOf(name);
  if (at < 0) return { values: out, clamped: null };
  out[at] = value;
  const pv = names.indexOf('page_views');
  const ck = names.indexOf('clicks');
  if (pv < 0 || ck < 0 || out[ck] <= out[pv]) return { values: out, clamped: null };
  out[ck] = out[pv];
  return { values: out, clamped: { feature: name, pageViews: out[pv] } };
}
