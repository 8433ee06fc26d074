/**
 * Stage 1 — Data Collection: seeded synthetic click sessions.
 *
 * Sessions are generated in time order (a Poisson process over eight weeks), so
 * each user's history, and therefore the label's dependence on recent clicks, is
 * computed in one pass. Faults are injected afterwards into exactly
 * round(rows × faultRate) rows (see faults.ts).
 */
import type { PipelineConfig } from './config';
import { injectFaults, type FaultKind } from './faults';
import { pickCumulative, type Rng } from './rng';
import { RECENCY_CAP_HOURS, type RawColumnName } from './schema';
import type { Table } from './table';
import { BASE_WORLD, conversionProbability, type World } from './world';

export type RawTable = Table<RawColumnName>;

/** 2026-01-05T00:00:00Z: the first day of collected data. */
export const DATA_START_MS = Date.UTC(2026, 0, 5);
/** Eight weeks of sessions. */
export const DATA_SPAN_MS = 56 * 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/** The users behind the sessions: fixed traits drawn once per dataset. */
export interface Population {
  readonly size: number;
  /** Per user: probability of clicking on a viewed page (0–1). */
  readonly interest: Float32Array;
  /** Per user: preferred device code. */
  readonly device: Uint8Array;
}

/** Per-user memory that carries across batches: when each user last clicked (ms, NaN = never). */
export interface History {
  readonly lastClickMs: Float64Array;
}

export function createPopulation(size: number, world: World, rng: Rng): Population {
  const interest = new Float32Array(size);
  const device = new Uint8Array(size);
  for (let u = 0; u < size; u++) {
    interest[u] = 1 / (1 + Math.exp(-(-0.7 + 1.1 * rng.normal())));
    device[u] = pickCumulative(rng, world.deviceMix);
  }
  return { size, interest, device };
}

export function emptyHistory(population: Population): History {
  return { lastClickMs: new Float64Array(population.size).fill(NaN) };
}

export interface SessionOptions {
  readonly rows: number;
  readonly population: Population;
  readonly history: History;
  readonly world: World;
  /** Time of the first possible session (ms). */
  readonly startMs: number;
  /** Sessions are spread over this many ms. */
  readonly spanMs: number;
}

/**
 * Generates `rows` fault-free sessions in time order. Mutates `history`.
 * @returns the raw table and each row's true conversion probability (for tests and the Bayes limit)
 */
export function generateSessions(o: SessionOptions, rng: Rng): { table: RawTable; probability: Float32Array } {
  const n = o.rows;
  const { interest, device: preferred, size: users } = o.population;
  const { concept, deviceMix, sourceMix, loadTimeScale, pageViewScale, dwellScale, scrollShift } = o.world;
  const last = o.history.lastClickMs;
  const userId = new Int32Array(n);
  const timestamp = new Float64Array(n);
  const device = new Uint8Array(n);
  const source = new Uint8Array(n);
  const sessionLength = new Float32Array(n);
  const pageViews = new Float32Array(n);
  const clicks = new Float32Array(n);
  const scroll = new Float32Array(n);
  const loadTime = new Float32Array(n);
  const converted = new Uint8Array(n);
  const probability = new Float32Array(n);
  const meanGap = o.spanMs / n;
  let t = o.startMs;
  for (let i = 0; i < n; i++) {
    t += -Math.log(1 - rng.next()) * meanGap;
    const u = Math.min(users - 1, Math.floor(users * Math.pow(rng.next(), 1.6)));
    const dev = rng.next() < 0.8 ? preferred[u] : pickCumulative(rng, deviceMix);
    const src = pickCumulative(rng, sourceMix);
    const pv = 1 + Math.floor(Math.exp(1.3 + 0.7 * rng.normal()) * pageViewScale);
    const q = Math.min(0.98, Math.max(0.01, interest[u] + 0.08 * rng.normal()));
    let c = 0;
    for (let p = 0; p < pv; p++) if (rng.next() < q) c++;
    const dwell = 45 * dwellScale * Math.exp(0.6 * rng.normal());
    const len = Math.max(1, pv * dwell * Math.exp(0.3 * rng.normal()));
    const sd = 1 / (1 + Math.exp(-(-0.3 + scrollShift + 1.5 * q + 0.8 * rng.normal())));
    const load = (dev === 0 ? 900 : dev === 1 ? 1800 : 1300) * Math.exp(0.5 * rng.normal()) * loadTimeScale;
    const prev = last[u];
    const hours = Number.isNaN(prev) ? RECENCY_CAP_HOURS : Math.min(RECENCY_CAP_HOURS, (t - prev) / HOUR_MS);
    const pr = conversionProbability(concept, dev, src, len, pv, c, sd, load, hours);
    if (c > 0) last[u] = t;
    userId[i] = u;
    timestamp[i] = t;
    device[i] = dev;
    source[i] = src;
    sessionLength[i] = len;
    pageViews[i] = pv;
    clicks[i] = c;
    scroll[i] = sd;
    loadTime[i] = load;
    probability[i] = pr;
    converted[i] = rng.next() < pr ? 1 : 0;
  }
  const table: RawTable = {
    length: n,
    columns: {
      user_id: userId,
      timestamp,
      device,
      source,
      session_length_s: sessionLength,
      page_views: pageViews,
      clicks,
      scroll_depth: scroll,
      load_time_ms: loadTime,
      converted,
    },
  };
  return { table, probability };
}

export interface GeneratedData {
  readonly table: RawTable;
  /** Per row: the fault injected (0 = none); see FAULT_KINDS. The cleaner never reads this. */
  readonly faults: Uint8Array;
  readonly faultCounts: Readonly<Record<FaultKind, number>>;
  readonly probability: Float32Array;
  readonly population: Population;
  readonly history: History;
  readonly world: World;
}

/** Users in a dataset of `rows` sessions: about eight sessions each. */
export function usersFor(rows: number): number {
  return Math.max(1, Math.round(rows / 8));
}

/**
 * Stage 1: `config.rows` sessions × 10 raw columns, with faults in exactly
 * round(rows × faultRate) of them.
 */
export function generate(config: Pick<PipelineConfig, 'rows' | 'faultRate'>, rng: Rng, world: World = BASE_WORLD): GeneratedData {
  const population = createPopulation(usersFor(config.rows), world, rng.fork());
  const history = emptyHistory(population);
  const opts = { rows: config.rows, population, history, world, startMs: DATA_START_MS, spanMs: DATA_SPAN_MS };
  const { table, probability } = generateSessions(opts, rng.fork());
  const { faults, counts } = injectFaults(table, Math.round(config.rows * config.faultRate), rng.fork());
  return { table, faults, faultCounts: counts, probability, population, history, world };
}
