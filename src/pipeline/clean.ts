/**
 * Stage 2 — Data Cleaning: finds rows whose values are missing or impossible,
 * drops them, and says why each went. It reads only the values, never the
 * generator's fault log.
 */
import { FAULT_KINDS, zeroCounts, type FaultKind } from './faults';
import { fmtInt } from './summary';
import type { RawColumnName } from './schema';
import { takeRows, type Table } from './table';

export const REASON_TEXT: Readonly<Record<FaultKind, string>> = {
  missing_clicks: 'missing clicks',
  negative_session_length: 'negative session length',
  clicks_exceed_page_views: 'more clicks than page views',
  scroll_depth_out_of_range: 'scroll depth outside 0–1',
};

/**
 * The first rule row `i` breaks, or null if it is clean. Rules are checked in
 * FAULT_KINDS order, so a row is reported once, under its first problem.
 */
export function rowProblem(table: Table<RawColumnName>, i: number): FaultKind | null {
  const c = table.columns;
  const clicks = c.clicks[i];
  if (Number.isNaN(clicks)) return 'missing_clicks';
  if (!(c.session_length_s[i] >= 0)) return 'negative_session_length';
  if (clicks > c.page_views[i] || clicks < 0) return 'clicks_exceed_page_views';
  const s = c.scroll_depth[i];
  if (!(s >= 0 && s <= 1)) return 'scroll_depth_out_of_range';
  return null;
}

export interface CleanResult {
  readonly table: Table<RawColumnName>;
  /** Indices (into the input table) of the rows kept, in order. */
  readonly kept: Uint32Array;
  /** Indices of the rows dropped, in order. */
  readonly dropped: Uint32Array;
  /** For each dropped row (same order as `dropped`): index into FAULT_KINDS. */
  readonly droppedReasons: Uint8Array;
  readonly counts: Readonly<Record<FaultKind, number>>;
  /** Faulty rows kept anyway, per first problem: zero when cleaning ran (see skip-cleaning.ts for when it did not). */
  readonly keptFaulty: Readonly<Record<FaultKind, number>>;
  /** True when the rules were not applied (skip-cleaning.ts). */
  readonly skipped: boolean;
}

/** Drops every row that breaks a rule. Does not mutate the input. */
export function clean(table: Table<RawColumnName>): CleanResult {
  const n = table.length;
  const keep = new Uint32Array(n);
  const drop = new Uint32Array(n);
  const reasons = new Uint8Array(n);
  const counts = zeroCounts();
  let k = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const p = rowProblem(table, i);
    if (p === null) keep[k++] = i;
    else {
      counts[p]++;
      reasons[d] = FAULT_KINDS.indexOf(p);
      drop[d++] = i;
    }
  }
  const kept = keep.slice(0, k);
  return {
    table: takeRows(table, kept),
    kept,
    dropped: drop.slice(0, d),
    droppedReasons: reasons.slice(0, d),
    counts,
    keptFaulty: zeroCounts(),
    skipped: false,
  };
}

/** "Dropped 200 rows: 180 missing clicks, 20 impossible values" — from the counts. */
export function describeCleaning(counts: Readonly<Record<FaultKind, number>>): string {
  const missing = counts.missing_clicks;
  const total = FAULT_KINDS.reduce((s, k) => s + counts[k], 0);
  const impossible = total - missing;
  if (total === 0) return 'No faulty rows found: nothing dropped';
  const parts: string[] = [];
  if (missing > 0) parts.push(`${fmtInt(missing)} missing click${missing === 1 ? '' : 's'}`);
  if (impossible > 0) parts.push(`${fmtInt(impossible)} impossible value${impossible === 1 ? '' : 's'}`);
  return `Dropped ${fmtInt(total)} row${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
