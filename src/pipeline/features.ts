/**
 * Stage 3 — Feature Engineering: adds `click_rate` and `time_since_last_click`.
 * See ENGINEERED_COLUMNS in schema.ts for their exact definitions.
 */
import { RECENCY_CAP_HOURS, type FeatureColumnName, type RawColumnName } from './schema';
import type { Table } from './table';

export type FeatureTable = Table<FeatureColumnName>;

const HOUR_MS = 3600 * 1000;

/** Row order sorted by timestamp (stable); identity when already sorted. */
function timeOrder(ts: Float64Array): Uint32Array {
  const n = ts.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (ts[i] < ts[i - 1]) sorted = false;
  if (!sorted) order.sort((a, b) => ts[a] - ts[b] || a - b);
  return order;
}

/**
 * Hours since each row's user last had a session with clicks > 0, walking rows in
 * time order. Rows with no such earlier session (or one older than the cap) get
 * RECENCY_CAP_HOURS. Sessions at the same instant do not count as "earlier".
 * @param lastClickMs per-user state (ms, NaN = never), read and updated in place;
 *   pass the serving feature store to continue a history across batches
 */
export function hoursSinceLastClick(
  userId: Int32Array,
  timestamp: Float64Array,
  clicks: Float32Array,
  lastClickMs: Float64Array,
): Float32Array {
  const n = userId.length;
  const out = new Float32Array(n);
  const order = timeOrder(timestamp);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const u = userId[i];
    const prev = lastClickMs[u];
    const t = timestamp[i];
    out[i] = Number.isNaN(prev) || t <= prev ? RECENCY_CAP_HOURS : Math.min(RECENCY_CAP_HOURS, (t - prev) / HOUR_MS);
    if (clicks[i] > 0 && !(t <= prev)) lastClickMs[u] = t;
  }
  return out;
}

/** clicks ÷ page_views per row (0 when there were no page views). */
export function clickRate(clicks: Float32Array, pageViews: Float32Array): Float32Array {
  const out = new Float32Array(clicks.length);
  for (let i = 0; i < clicks.length; i++) out[i] = pageViews[i] > 0 ? clicks[i] / pageViews[i] : 0;
  return out;
}

/** Largest user id + 1 in a table (the size a fresh history needs). */
function userCount(userId: Int32Array): number {
  let max = -1;
  for (let i = 0; i < userId.length; i++) if (userId[i] > max) max = userId[i];
  return max + 1;
}

/**
 * Adds the two engineered columns (12 columns out). Does not mutate `table`;
 * the ten original columns are shared with it, not copied (a 1,000,000-row
 * table stays one table in memory), so treat both as read-only.
 * @param lastClickMs optional per-user history to continue from (mutated); a fresh one otherwise
 */
export function engineerFeatures(table: Table<RawColumnName>, lastClickMs?: Float64Array): FeatureTable {
  const c = table.columns;
  const userId = c.user_id as Int32Array;
  const state = lastClickMs ?? new Float64Array(userCount(userId)).fill(NaN);
  const recency = hoursSinceLastClick(userId, c.timestamp as Float64Array, c.clicks as Float32Array, state);
  const rate = clickRate(c.clicks as Float32Array, c.page_views as Float32Array);
  const { converted, ...rest } = c;
  return {
    length: table.length,
    columns: { ...rest, click_rate: rate, time_since_last_click: recency, converted },
  };
}
