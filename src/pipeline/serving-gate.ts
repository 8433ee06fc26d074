/**
 * The serving gate of Stage 7: a live row is faulty, and is neither scored nor
 * drift-measured, when it breaks a cleaning rule or when any of its values is
 * not a finite number (NaN or ±Infinity from a broken tracker). One rule for
 * every non-finite live value, so the accuracy, PSI and Wasserstein figures
 * all see exactly the same rows.
 */
import { rowProblem } from './clean';
import type { RawTable } from './generate';
import { RAW_COLUMNS } from './schema';
import { takeRows } from './table';

export interface GateResult {
  /** The rows that pass, in order. */
  readonly table: RawTable;
  /** Rows turned away (cleaning rules and non-finite values together). */
  readonly faulty: number;
  /** Of those, rows that only a non-finite value turned away. */
  readonly nonFinite: number;
}

/** True when every value of row `i` is a finite number. */
export function rowIsFinite(table: RawTable, i: number): boolean {
  for (const { name } of RAW_COLUMNS) if (!Number.isFinite(table.columns[name][i])) return false;
  return true;
}

/** Splits a live batch into the rows the model may score and a count of faulty ones. Does not mutate `table`. */
export function servingGate(table: RawTable): GateResult {
  const keep = new Uint32Array(table.length);
  let k = 0;
  let nonFinite = 0;
  for (let i = 0; i < table.length; i++) {
    if (rowProblem(table, i) !== null) continue;
    if (!rowIsFinite(table, i)) {
      nonFinite++;
      continue;
    }
    keep[k++] = i;
  }
  return { table: takeRows(table, keep.slice(0, k)), faulty: table.length - k, nonFinite };
}
