/**
 * Fault injection for Stage 2: the generator breaks exactly `count` rows the way
 * real trackers break them. Most lose their clicks; the rest get values that
 * cannot happen. Cleaning (clean.ts) must find them from the values alone.
 */
import { shuffleInPlace, type Rng } from './rng';
import type { RawColumnName } from './schema';
import type { Table } from './table';

export const FAULT_KINDS = [
  'missing_clicks',
  'negative_session_length',
  'clicks_exceed_page_views',
  'scroll_depth_out_of_range',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Share of faults that are missing clicks; the rest are spread over the impossible kinds. */
export const MISSING_SHARE = 0.9;

export function zeroCounts(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
}

/** Breaks row `i` in place with fault kind `k` (index into FAULT_KINDS). */
export function breakRow(table: Table<RawColumnName>, i: number, k: number, rng: Rng): void {
  const c = table.columns;
  switch (FAULT_KINDS[k]) {
    case 'missing_clicks':
      c.clicks[i] = NaN;
      break;
    case 'negative_session_length':
      c.session_length_s[i] = -Math.ceil(c.session_length_s[i]);
      break;
    case 'clicks_exceed_page_views':
      c.clicks[i] = c.page_views[i] + 1 + rng.int(5);
      break;
    case 'scroll_depth_out_of_range':
      c.scroll_depth[i] = 1.5 + rng.next() * 2;
      break;
  }
}

/**
 * Injects faults into exactly `count` distinct rows, mutating `table`.
 * @returns per-row fault code (0 = clean, k+1 = FAULT_KINDS[k]) and counts per kind
 */
export function injectFaults(
  table: Table<RawColumnName>,
  count: number,
  rng: Rng,
): { faults: Uint8Array; counts: Record<FaultKind, number> } {
  const n = table.length;
  const faults = new Uint8Array(n);
  const counts = zeroCounts();
  const m = Math.min(n, Math.max(0, Math.round(count)));
  if (m === 0) return { faults, counts };
  // Partial Fisher–Yates: the first m entries of a shuffled index are the faulty rows.
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(n - i);
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  const missing = Math.round(m * MISSING_SHARE);
  const kinds = new Uint8Array(m);
  for (let f = missing; f < m; f++) kinds[f] = 1 + ((f - missing) % (FAULT_KINDS.length - 1));
  shuffleInPlace(rng, kinds);
  for (let f = 0; f < m; f++) {
    const row = idx[f];
    breakRow(table, row, kinds[f], rng);
    faults[row] = kinds[f] + 1;
    counts[FAULT_KINDS[kinds[f]]]++;
  }
  return { faults, counts };
}
