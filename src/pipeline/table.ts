/**
 * Columnar tables: one typed array per column, all of the same length.
 * Row objects are never materialised in the pipeline, so 1,000,000 rows stay
 * a few tens of megabytes.
 */
export type Column = Float64Array | Float32Array | Int32Array | Uint8Array;

export interface Table<K extends string = string> {
  /** Number of rows. */
  readonly length: number;
  /** Column name → values; insertion order is the display order. */
  readonly columns: Readonly<Record<K, Column>>;
}

/** [rows, columns] — the shape the card prints ("10000 rows x 10 columns"). */
export function shapeOf(table: Table): [number, number] {
  return [table.length, Object.keys(table.columns).length];
}

function emptyLike(col: Column, n: number): Column {
  if (col instanceof Float64Array) return new Float64Array(n);
  if (col instanceof Float32Array) return new Float32Array(n);
  if (col instanceof Int32Array) return new Int32Array(n);
  return new Uint8Array(n);
}

/** A new table holding the rows at `indices`, in that order. Does not mutate `table`. */
export function takeRows<K extends string>(table: Table<K>, indices: ArrayLike<number>): Table<K> {
  const n = indices.length;
  const columns = {} as Record<K, Column>;
  for (const name of Object.keys(table.columns) as K[]) {
    const src = table.columns[name];
    const dst = emptyLike(src, n);
    for (let i = 0; i < n; i++) dst[i] = src[indices[i]];
    columns[name] = dst;
  }
  return { length: n, columns };
}

/** One row as a plain object (for display and tests only). */
export function rowAt<K extends string>(table: Table<K>, i: number): Record<K, number> {
  const row = {} as Record<K, number>;
  for (const name of Object.keys(table.columns) as K[]) row[name] = table.columns[name][i];
  return row;
}
