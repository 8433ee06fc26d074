/**
 * Fix-it mode's planted bugs, as real changes to one stage's output (see
 * run-data.ts `Plants`). Each is a bug teams ship: nothing throws, only the
 * numbers go wrong. The fix is always the honest computation (no plant).
 */
import type { FeatureTable } from './features';
import type { RawTable } from './generate';
import type { Split } from './split';
import { takeRows } from './table';

export const FIX_SCENARIO_IDS = ['leakage', 'skew', 'missing-zero', 'duplicates', 'silent-drift', 'latency'] as const;
export type FixScenarioId = (typeof FIX_SCENARIO_IDS)[number];
export const isFixScenario = (text: string): text is FixScenarioId => (FIX_SCENARIO_IDS as readonly string[]).includes(text);

/**
 * Label leakage from the future: the feature job reads the click log after the
 * fact, where a converting session's purchase click is already logged at the
 * session's start, so `time_since_last_click` is 0 exactly for the sessions that
 * converted. At serving time that click has not happened yet. Copies the column.
 */
export function leakyRecency(t: FeatureTable): FeatureTable {
  const recency = t.columns.time_since_last_click.slice();
  const y = t.columns.converted;
  for (let i = 0; i < t.length; i++) if (y[i] >= 0.5) recency[i] = 0;
  return { length: t.length, columns: { ...t.columns, time_since_last_click: recency } };
}

/** Missing values recorded as 0: the tracker writes 0 where it lost the clicks, so cleaning cannot see them. */
export function missingAsZero(t: RawTable): RawTable {
  const clicks = t.columns.clicks.slice();
  for (let i = 0; i < t.length; i++) if (Number.isNaN(clicks[i])) clicks[i] = 0;
  return { length: t.length, columns: { ...t.columns, clicks } };
}

/** A retrying tracker: every other session is logged twice (the copy right after it), before the split. */
export function duplicateSessions(t: RawTable): RawTable {
  const idx: number[] = [];
  for (let i = 0; i < t.length; i++) {
    idx.push(i);
    if (i % 2 === 0) idx.push(i);
  }
  return takeRows(t, idx);
}

/** Validation rows whose session (same user, same start time) is also in the training rows. */
export function splitOverlap(t: FeatureTable, split: Split): number {
  const key = (i: number) => `${t.columns.user_id[i]}|${t.columns.timestamp[i]}`;
  const train = new Set<string>();
  for (const i of split.train) train.add(key(i));
  let n = 0;
  for (const i of split.validation) if (train.has(key(i))) n++;
  return n;
}
