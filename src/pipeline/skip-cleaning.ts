/**
 * Stage 2 switched off ("train on uncleaned data"): every collected row goes on
 * to feature engineering. The model still needs a number in every cell, so the
 * one missing value the generator produces is filled in; nothing else changes.
 *
 * The treatment, exactly (SKIP_TREATMENT says it in words for the screen):
 * - missing clicks (NaN) are imputed as 0 and the row is kept — the tracker's
 *   lost clicks now look like sessions without clicks;
 * - impossible values (negative session length, more clicks than page views,
 *   scroll depth outside 0–1) are kept as they are — the encoder's log1p clips a
 *   negative length to 0, a click_rate above 1 and a scroll depth above 1 reach
 *   the model unchanged.
 */
import { rowProblem, type CleanResult } from './clean';
import { zeroCounts } from './faults';
import type { RawColumnName } from './schema';
import type { Table } from './table';

export const SKIP_TREATMENT =
  'Cleaning skipped: missing clicks are imputed as 0 and the row is kept; impossible values (negative session length, more clicks than page views, scroll depth outside 0–1) are kept as they are.';

/**
 * Keeps every row of `table`; a copy of `clicks` has NaN replaced by 0 (the
 * other nine columns are shared with `table`, not copied: treat both as read-only).
 * `counts` stays zero (nothing was dropped); `keptFaulty` counts the rows that
 * break a cleaning rule and were kept anyway, under their first problem.
 */
export function skipCleaning(table: Table<RawColumnName>): CleanResult {
  const n = table.length;
  const keptFaulty = zeroCounts();
  for (let i = 0; i < n; i++) {
    const p = rowProblem(table, i);
    if (p !== null) keptFaulty[p]++;
  }
  const clicks = table.columns.clicks.slice();
  for (let i = 0; i < n; i++) if (Number.isNaN(clicks[i])) clicks[i] = 0;
  const kept = new Uint32Array(n);
  for (let i = 0; i < n; i++) kept[i] = i;
  return {
    table: { length: n, columns: { ...table.columns, clicks } },
    kept,
    dropped: new Uint32Array(0),
    droppedReasons: new Uint8Array(0),
    counts: zeroCounts(),
    keptFaulty,
    skipped: true,
  };
}

/** "Cleaning skipped: kept 200 faulty rows (180 missing clicks imputed as 0, 20 impossible values kept as-is)". */
export function describeSkipped(keptFaulty: Readonly<Record<string, number>>): string {
  const missing = keptFaulty.missing_clicks ?? 0;
  const total = Object.values(keptFaulty).reduce((s, v) => s + v, 0);
  const impossible = total - missing;
  if (total === 0) return 'Cleaning skipped: no faulty rows to keep';
  const f = (v: number): string => v.toLocaleString('en-US');
  return `Cleaning skipped: kept ${f(total)} faulty row${total === 1 ? '' : 's'} (${f(missing)} missing clicks imputed as 0, ${f(impossible)} impossible value${impossible === 1 ? '' : 's'} kept as-is)`;
}
