/**
 * A few worked examples shipped in the package's metadata: a raw session as a
 * server receives it, the user's click history it needs, the derived features,
 * the encoded model input and the probability this package gives. A server
 * (or a test) replays them to prove its encoding and its model loading agree
 * with training, number for number.
 */
import { RECENCY_CAP_HOURS, DEVICES, SOURCES, type FeatureColumnName } from './schema';
import type { Table } from './table';

export interface ReferenceRow {
  /** The raw session; categories by name, timestamp in ms since 1970 (UTC). */
  readonly session: {
    readonly user_id: number;
    readonly timestamp: number;
    readonly device: string;
    readonly source: string;
    readonly session_length_s: number;
    readonly page_views: number;
    readonly clicks: number;
    readonly scroll_depth: number;
    readonly load_time_ms: number;
  };
  /** The feature store's state for this user: the latest earlier session with clicks > 0 (ms), or null if none. */
  readonly history: { readonly lastClickTimestamp: number | null };
  /** The derived features as training computed them (only those the model uses). */
  readonly derived: Readonly<Record<string, number>>;
  /** The model input row, in metadata.input.columns order. */
  readonly encoded: readonly number[];
  /** This package's probability for the row, after loading it back through tfjs. */
  readonly probability: number;
  readonly decision: 0 | 1;
}

/** Most reference rows shipped. */
export const REFERENCE_ROWS = 6;

/** Latest timestamp < t of a session of `user` with clicks > 0, or null. */
function lastClickBefore(table: Table<FeatureColumnName>, user: number, t: number): number | null {
  const { user_id: users, timestamp: ts, clicks } = table.columns;
  let best = -Infinity;
  for (let j = 0; j < table.length; j++) if (users[j] === user && clicks[j] > 0 && ts[j] < t && ts[j] > best) best = ts[j];
  return best === -Infinity ? null : best;
}

/**
 * Picks rows covering the edge cases (a first or long-ago click, a recent one,
 * no clicks, no page views, both decisions), then the first rows, up to REFERENCE_ROWS.
 * @param rows row indices into `table` (the validation split), aligned with `x` ([n × d]) and `p`
 */
export function referenceRows(
  table: Table<FeatureColumnName>,
  rows: ArrayLike<number>,
  featureNames: readonly FeatureColumnName[],
  x: { readonly x: Float32Array; readonly d: number },
  p: Float32Array,
  threshold: number,
): ReferenceRow[] {
  const c = table.columns;
  // Absent when the model was trained without the engineered features.
  const recency = c.time_since_last_click as Float32Array | undefined;
  const tests: ((k: number) => boolean)[] = [
    (k) => (recency ? recency[rows[k]] >= RECENCY_CAP_HOURS : false),
    (k) => (recency ? recency[rows[k]] < RECENCY_CAP_HOURS : false),
    (k) => c.clicks[rows[k]] === 0,
    (k) => c.page_views[rows[k]] === 0,
    (k) => p[k] >= threshold,
    (k) => p[k] < threshold,
  ];
  const picked: number[] = [];
  for (const test of tests) {
    for (let k = 0; k < rows.length; k++) {
      if (test(k)) {
        if (!picked.includes(k)) picked.push(k);
        break;
      }
    }
  }
  for (let k = 0; k < rows.length && picked.length < REFERENCE_ROWS; k++) if (!picked.includes(k)) picked.push(k);
  return picked.slice(0, REFERENCE_ROWS).map((k) => {
    const i = rows[k];
    const derived: Record<string, number> = {};
    for (const name of ['click_rate', 'time_since_last_click'] as const)
      if (featureNames.includes(name)) derived[name] = c[name][i];
    return {
      session: {
        user_id: c.user_id[i],
        timestamp: c.timestamp[i],
        device: DEVICES[c.device[i]],
        source: SOURCES[c.source[i]],
        session_length_s: c.session_length_s[i],
        page_views: c.page_views[i],
        clicks: c.clicks[i],
        scroll_depth: c.scroll_depth[i],
        load_time_ms: c.load_time_ms[i],
      },
      history: { lastClickTimestamp: lastClickBefore(table, c.user_id[i], c.timestamp[i]) },
      derived,
      encoded: Array.from(x.x.subarray(k * x.d, (k + 1) * x.d)),
      probability: p[k],
      decision: p[k] >= threshold ? 1 : 0,
    };
  });
}
