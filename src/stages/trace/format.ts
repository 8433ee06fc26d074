/** Formatting for the trace view: only turns the engine's numbers into text. */
import type { FeatureRange } from '../../pipeline/snapshot';
import { RECENCY_CAP_HOURS } from '../../pipeline/schema';
import { RECENCY_CAP_NOTE } from './content';
import { INTEGER_FEATURES } from './feature-edit';

/** A probability (0–1) as a percentage with one decimal, e.g. "24.0%". */
export function formatPercent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}

/** An activation or weighted sum with three decimals ("-0.000" shown as "0.000"). */
export function formatValue(v: number): string {
  const s = v.toFixed(3);
  return s === '-0.000' ? '0.000' : s;
}

export function decisionText(decision: 0 | 1): string {
  return decision === 1 ? 'converts' : 'does not convert';
}

/** A raw feature value for its read-out: the category name, a whole number, or a rounded number. */
export function formatFeature(range: FeatureRange, value: number): string {
  if (range.categories) return range.categories[value] ?? String(value);
  if (INTEGER_FEATURES.has(range.name)) return String(Math.round(value));
  if (range.name === 'time_since_last_click' && value >= RECENCY_CAP_HOURS) return `${value.toFixed(0)} (${RECENCY_CAP_NOTE})`;
  const a = Math.abs(value);
  return value.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2);
}
