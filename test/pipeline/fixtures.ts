/**
 * Small helpers shared by the pipeline tests: a default seeded run's data, bit-exact
 * column comparison and hand-made raw tables (every column a typed array of the generator's type).
 */
import { resolveConfig, type PipelineConfig } from '../../src/pipeline/config';
import type { RawTable } from '../../src/pipeline/generate';
import { runData, runRngs, type RunData, type RunRngs } from '../../src/pipeline/run-data';
import type { RawColumnName } from '../../src/pipeline/schema';
import type { Column, Table } from '../../src/pipeline/table';

export const HOUR_MS = 3600 * 1000;

/** Encoded data for `config` (default knobs plus overrides), with the run's own RNG streams. */
export function dataFor(overrides: Parameters<typeof resolveConfig>[0] = {}): {
  config: PipelineConfig;
  rngs: RunRngs;
  data: RunData;
} {
  const config = resolveConfig(overrides);
  const rngs = runRngs(config.seed);
  return { config, rngs, data: runData(config, rngs) };
}

/** True when both columns have the same type, length and bytes (NaN payloads included). */
export function sameBits(a: Column, b: Column): boolean {
  if (a.constructor !== b.constructor || a.length !== b.length) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A deep copy of every column of `table`, keyed by name. */
export function copyColumns(table: Table): Record<string, Column> {
  return Object.fromEntries(Object.entries<Column>(table.columns).map(([k, v]) => [k, v.slice()]));
}

/** Asserts that every column of `table` still has exactly the bytes of `before`. */
export function expectColumnsUnchanged(table: Table, before: Record<string, Column>): void {
  expect(Object.keys(table.columns)).toEqual(Object.keys(before));
  for (const [name, col] of Object.entries<Column>(table.columns)) {
    expect(sameBits(col, before[name]), `column ${name} changed`).toBe(true);
  }
}

/** A valid session; override fields per row. */
const VALID_ROW: Record<RawColumnName, number> = {
  user_id: 0,
  timestamp: 0,
  device: 0,
  source: 0,
  session_length_s: 120,
  page_views: 4,
  clicks: 1,
  scroll_depth: 0.5,
  load_time_ms: 900,
  converted: 0,
};

/** A raw table built by hand; unspecified timestamps are one hour apart. */
export function rawTable(rows: Partial<Record<RawColumnName, number>>[]): RawTable {
  const n = rows.length;
  const full = rows.map((r, i) => ({ ...VALID_ROW, timestamp: i * HOUR_MS, ...r }));
  const col = <T extends Column>(make: (n: number) => T, name: RawColumnName): T => {
    const c = make(n);
    full.forEach((r, i) => (c[i] = r[name]));
    return c;
  };
  return {
    length: n,
    columns: {
      user_id: col((k) => new Int32Array(k), 'user_id'),
      timestamp: col((k) => new Float64Array(k), 'timestamp'),
      device: col((k) => new Uint8Array(k), 'device'),
      source: col((k) => new Uint8Array(k), 'source'),
      session_length_s: col((k) => new Float32Array(k), 'session_length_s'),
      page_views: col((k) => new Float32Array(k), 'page_views'),
      clicks: col((k) => new Float32Array(k), 'clicks'),
      scroll_depth: col((k) => new Float32Array(k), 'scroll_depth'),
      load_time_ms: col((k) => new Float32Array(k), 'load_time_ms'),
      converted: col((k) => new Uint8Array(k), 'converted'),
    },
  };
}
