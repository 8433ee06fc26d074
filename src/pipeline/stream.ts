/**
 * The live stream for Stage 7: batches of new sessions from the same users and
 * the same generator as the training data, continuing in time, with a drift
 * scenario changing the world as ticks pass.
 */
import type { Scenario } from './config';
import { injectFaults } from './faults';
import { generateSessions, type GeneratedData, type History, type RawTable } from './generate';
import type { Rng } from './rng';
import { BASE_WORLD, type World } from './world';

export interface ScenarioInfo {
  readonly id: Scenario;
  readonly label: string;
  /** What happens in the world, in a student's words. */
  readonly story: string;
  /** The world at a given tick (0-based). */
  readonly worldAt: (tick: number) => World;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Tick at which the sudden shift and the data-quality incident begin. */
export const INCIDENT_TICK = 20;
/** The data-quality incident lasts this many ticks. */
export const INCIDENT_TICKS = 15;

export const SCENARIO_INFO: Readonly<Record<Scenario, ScenarioInfo>> = {
  none: {
    id: 'none',
    label: 'No drift',
    story: 'Live sessions come from the same world as the training data.',
    worldAt: () => BASE_WORLD,
  },
  gradual: {
    id: 'gradual',
    label: 'Gradual drift',
    story: 'From batch 10 on, more visitors arrive on slow mobile connections and a competitor’s sale slowly pulls buyers away.',
    worldAt: (tick) => {
      const g = clamp01((tick - 10) / 40);
      const base = BASE_WORLD.concept;
      return {
        ...BASE_WORLD,
        deviceMix: [0.5 - 0.3 * g, 0.9, 1],
        loadTimeScale: 1 + 1.0 * g,
        pageViewScale: 1 - 0.45 * g,
        dwellScale: 1 - 0.4 * g,
        scrollShift: -0.7 * g,
        concept: {
          ...base,
          bias: base.bias - 0.5 * g,
          clickRatePeak: base.clickRatePeak - 0.3 * g,
          recency: base.recency * (1 - 1.3 * g),
        },
      };
    },
  },
  sudden: {
    id: 'sudden',
    label: 'Sudden shift',
    story: `At batch ${INCIDENT_TICK} a site redesign and a price rise change who buys: the old patterns stop holding.`,
    worldAt: (tick) =>
      tick < INCIDENT_TICK
        ? BASE_WORLD
        : {
            ...BASE_WORLD,
            sourceMix: [0.25, 0.65, 0.8, 1],
            concept: { ...BASE_WORLD.concept, bias: BASE_WORLD.concept.bias - 1.6, clickRatePeak: 0.2 },
          },
  },
  quality: {
    id: 'quality',
    label: 'Data-quality incident',
    story: `From batch ${INCIDENT_TICK} to ${INCIDENT_TICK + INCIDENT_TICKS - 1} a broken tracker loses clicks: some go missing, many are silently recorded as 0.`,
    worldAt: (tick) =>
      tick >= INCIDENT_TICK && tick < INCIDENT_TICK + INCIDENT_TICKS
        ? { ...BASE_WORLD, zeroClickBug: 0.5, missingClickBug: 0.15 }
        : BASE_WORLD,
  },
};

export interface LiveBatch {
  readonly tick: number;
  /** Raw sessions as the tracker recorded them (faults included). */
  readonly table: RawTable;
  readonly world: World;
}

export interface LiveStream {
  readonly scenario: Scenario;
  next(): LiveBatch;
}

/** Sessions in one live batch (the app's live stream, the check run and the CLI). */
export const LIVE_BATCH_ROWS = 200;

/**
 * A seeded stream continuing `data` in time. Each tick has `batchRows` sessions
 * and the same fault rate as the training data, plus any tracker bug the
 * scenario adds. Does not mutate `data` (it keeps its own copy of the history).
 */
export function createStream(
  data: GeneratedData,
  scenario: Scenario,
  faultRate: number,
  rng: Rng,
  batchRows = LIVE_BATCH_ROWS,
): LiveStream {
  const history: History = { lastClickMs: data.history.lastClickMs.slice() };
  const ts = data.table.columns.timestamp;
  const spanMs = (batchRows * (ts[ts.length - 1] - ts[0])) / Math.max(1, data.table.length - 1);
  let start = ts[ts.length - 1];
  let tick = 0;
  const info = SCENARIO_INFO[scenario];
  return {
    scenario,
    next(): LiveBatch {
      const world = info.worldAt(tick);
      const opts = { rows: batchRows, population: data.population, history, world, startMs: start, spanMs };
      const { table } = generateSessions(opts, rng);
      start = table.columns.timestamp[batchRows - 1];
      const clicks = table.columns.clicks;
      for (let i = 0; i < batchRows; i++) {
        const u = rng.next();
        if (u < world.missingClickBug) clicks[i] = NaN;
        else if (u < world.missingClickBug + world.zeroClickBug) clicks[i] = 0;
      }
      injectFaults(table, Math.round(batchRows * faultRate), rng);
      return { tick: tick++, table, world };
    },
  };
}
