/** How a raw or engineered value is shown in tables: categories by name, times as dates, NaN as "missing". */
import { columnInfo, RECENCY_CAP_HOURS } from '../pipeline/schema';
import { fmtInt } from '../pipeline/summary';

export function formatValue(column: string, v: number): string {
  if (Number.isNaN(v)) return 'missing';
  const info = columnInfo(column);
  if (info?.categories) return info.categories[v] ?? `unknown (${v})`;
  if (column === 'timestamp') return new Date(v).toISOString().slice(0, 16).replace('T', ' ');
  if (column === 'scroll_depth' || column === 'click_rate') return v.toFixed(2);
  if (column === 'time_since_last_click') return v >= RECENCY_CAP_HOURS ? `${RECENCY_CAP_HOURS} (cap)` : v.toFixed(1);
  if (Number.isInteger(v)) return fmtInt(v);
  return Math.abs(v) >= 100 ? fmtInt(Math.round(v)) : v.toFixed(1);
}

/** Short axis/bin label; whole-number bins (edges at k − 0.5) read "3" or "3–4". */
export function formatBin(column: string, lo: number, hi: number): string {
  if (Number.isInteger(lo + 0.5) && Number.isInteger(hi + 0.5)) {
    const a = lo + 0.5;
    const b = hi - 0.5;
    return a === b ? fmtInt(a) : `${fmtInt(a)}–${fmtInt(b)}`;
  }
  const f = (x: number) =>
    Math.abs(x) >= 100 ? fmtInt(Math.round(x)) : x.toFixed(column === 'scroll_depth' || column === 'click_rate' ? 2 : 1);
  return `${f(lo)}–${f(hi)}`;
}
