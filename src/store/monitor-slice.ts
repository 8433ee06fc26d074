/**
 * Stage 7's live dashboard: Start/Pause drive a timer on the main thread that
 * asks the engine for the next live batch every TICK_MS; the ticks, the latest
 * drift and the alert log are kept as plain data. The stage card follows the
 * live stream (serving.monitoring). Stale answers are dropped by token.
 */
import type { StateCreator } from 'zustand';
import type { MonitorInfo } from '../ml/monitor-session';
import type { FeatureDrift } from '../pipeline/drift';
import {
  alertEntries,
  liveSummary,
  modelEntry,
  toPoint,
  type LiveTick,
  type LogEntry,
  type TickPoint,
} from '../pipeline/monitor-log';
import type { AlertRule } from '../pipeline/monitoring';
import { fmtInt, fmtPct, type RunSummary } from '../pipeline/summary';
import type { EngineApi } from '../worker/protocol';
import type { LabState } from './lab-store';

/** One live batch every 400 ms while running (reduced motion stops animation, not data). */
export const TICK_MS = 400;
/** Points kept for the charts (older ones scroll away). */
export const MAX_POINTS = 500;

export type MonitorEngine = Pick<
  EngineApi,
  'monitorStart' | 'monitorStep' | 'monitorRetrain' | 'monitorRollback' | 'monitorSetThreshold' | 'monitorStop'
>;

export interface MonitorState {
  readonly status: 'idle' | 'starting' | 'running' | 'paused' | 'error';
  readonly busy: 'retrain' | 'rollback' | null;
  readonly error: string | null;
  readonly info: MonitorInfo | null;
  readonly points: readonly TickPoint[];
  readonly drift: readonly FeatureDrift[];
  readonly log: readonly LogEntry[];
  readonly firing: readonly AlertRule[];
  /** Live rows seen and rejected by the serving gate, over the whole session. */
  readonly rows: number;
  readonly faulty: number;
  /** Which model serves: "the trained model" or "retrained model k". */
  readonly serving: string;
  /** The model Roll back would restore, or null. */
  readonly previous: string | null;
  readonly retrains: number;
  readonly rolledBack: boolean;
  /** The check run made after training, kept while live streams replace it on the stage card. */
  readonly checkRun: RunSummary['monitoring'] | null;
}

export interface MonitorSlice {
  monitor: MonitorState;
  startMonitor(engine: MonitorEngine): Promise<void>;
  pauseMonitor(): void;
  /** Scores `n` more batches now (opening a session first if needed). */
  advanceMonitor(engine: MonitorEngine, n: number): Promise<void>;
  retrainMonitor(engine: MonitorEngine): Promise<void>;
  rollbackMonitor(engine: MonitorEngine): Promise<void>;
  setMonitorThreshold(engine: MonitorEngine, threshold: number): Promise<void>;
  /** Closes the session and clears the dashboard; the stage card goes back to the check run. */
  resetMonitor(engine?: MonitorEngine): void;
  /** Forgets everything, the check run included (the model it described is gone). */
  clearMonitor(): void;
}

export const INITIAL_MONITOR: MonitorState = {
  status: 'idle',
  busy: null,
  error: null,
  info: null,
  points: [],
  drift: [],
  log: [],
  firing: [],
  rows: 0,
  faulty: 0,
  serving: 'the trained model',
  previous: null,
  retrains: 0,
  rolledBack: false,
  checkRun: null,
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

let token = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let inFlight = 0;

function stopTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

export const createMonitorSlice: StateCreator<LabState, [], [], MonitorSlice> = (set, get) => {
  const patch = (mine: number, part: Partial<MonitorState> | ((m: MonitorState) => Partial<MonitorState>)): boolean => {
    if (mine !== token) return false;
    set((s) => ({ monitor: { ...s.monitor, ...(typeof part === 'function' ? part(s.monitor) : part) } }));
    return true;
  };
  const fail = (mine: number, e: unknown): void => {
    if (mine !== token) return;
    stopTimer();
    patch(mine, { status: 'error', busy: null, error: message(e) });
  };
  /** The stage card and the insight read serving.monitoring: point it at the live stream. */
  const publish = (): void => {
    const { monitor: m, serving } = get();
    if (!serving || !m.info) return;
    set({ serving: { ...serving, monitoring: liveSummary(m.info.scenario, get().config.alertThreshold, m.points, m.log) } });
  };
  const append = (mine: number, ticks: readonly LiveTick[]): void => {
    if (ticks.length === 0) return;
    const last = ticks[ticks.length - 1];
    const ok = patch(mine, (m) => ({
      points: [...m.points, ...ticks.map(toPoint)].slice(-MAX_POINTS),
      drift: last.drift,
      firing: last.firing,
      log: [...m.log, ...ticks.flatMap(alertEntries)],
      rows: m.rows + ticks.reduce((s, t) => s + t.rows, 0),
      faulty: m.faulty + ticks.reduce((s, t) => s + t.faulty, 0),
    }));
    if (ok) publish();
  };
  const step = async (engine: MonitorEngine, n: number, mine: number): Promise<void> => {
    inFlight++;
    try {
      append(mine, await engine.monitorStep(n));
    } catch (e) {
      fail(mine, e);
    } finally {
      inFlight--;
    }
  };
  /** Opens a fresh session for the current scenario; returns its token, or null if superseded. */
  const open = async (engine: MonitorEngine): Promise<number | null> => {
    stopTimer();
    const mine = ++token;
    const config = get().config;
    const checkRun = get().monitor.checkRun ?? get().serving?.monitoring ?? null;
    set({ monitor: { ...INITIAL_MONITOR, status: 'starting', checkRun } });
    try {
      const info = await engine.monitorStart(config);
      if (!patch(mine, { info, status: 'paused' })) return null;
      publish();
      return mine;
    } catch (e) {
      fail(mine, e);
      return null;
    }
  };
  const current = async (engine: MonitorEngine): Promise<number | null> => {
    const m = get().monitor;
    if (m.info && m.status !== 'error' && m.info.scenario === get().config.scenario) return token;
    return open(engine);
  };
  const lastTime = (): { tick: number; timeMs: number } => {
    const p = get().monitor.points.at(-1);
    return { tick: p?.tick ?? -1, timeMs: p?.timeMs ?? NaN };
  };

  return {
    monitor: INITIAL_MONITOR,
    async startMonitor(engine) {
      const status = get().monitor.status;
      if (status === 'running' || status === 'starting') return;
      const mine = await current(engine);
      if (mine === null || !patch(mine, { status: 'running', error: null })) return;
      stopTimer();
      timer = setInterval(() => {
        if (inFlight === 0 && get().monitor.busy === null) void step(engine, 1, mine);
      }, TICK_MS);
    },
    pauseMonitor() {
      stopTimer();
      if (get().monitor.status === 'running') patch(token, { status: 'paused' });
    },
    async advanceMonitor(engine, n) {
      const mine = await current(engine);
      if (mine !== null) await step(engine, n, mine);
    },
    async retrainMonitor(engine) {
      const mine = token;
      if (!get().monitor.info || get().monitor.busy) return;
      patch(mine, { busy: 'retrain' });
      try {
        const r = await engine.monitorRetrain();
        const { tick, timeMs } = lastTime();
        const label = `retrained model ${get().monitor.retrains + 1}`;
        const windowTicks = get().monitor.info?.windowTicks ?? 10;
        const text =
          `Retrained on ${fmtInt(r.rows)} labelled live rows from the last ${windowTicks} batches (${r.epochs} epochs, ` +
          `${fmtPct(r.valAccuracy)} on the 20 % held out); ${label} now serves and the rolling window starts again.`;
        const entry = modelEntry('retrain', tick, timeMs, label, text, r.valAccuracy);
        patch(mine, (m) => ({
          busy: null,
          retrains: m.retrains + 1,
          previous: m.serving,
          serving: label,
          log: [...m.log, entry],
        }));
      } catch (e) {
        fail(mine, e);
      }
    },
    async rollbackMonitor(engine) {
      const mine = token;
      if (!get().monitor.previous || get().monitor.busy) return;
      patch(mine, { busy: 'rollback' });
      try {
        const r = await engine.monitorRollback();
        const { tick, timeMs } = lastTime();
        patch(mine, (m) => {
          if (!r.ok) return { busy: null };
          const text = `Rolled back: ${m.previous} serves again in place of ${m.serving}; the rolling window starts again.`;
          const entry = modelEntry('rollback', tick, timeMs, m.previous ?? m.serving, text);
          return { busy: null, rolledBack: true, serving: m.previous ?? m.serving, previous: m.serving, log: [...m.log, entry] };
        });
      } catch (e) {
        fail(mine, e);
      }
    },
    async setMonitorThreshold(engine, threshold) {
      const mine = token;
      const info = get().monitor.info;
      if (!info || info.alertThreshold === threshold) return;
      patch(mine, { info: { ...info, alertThreshold: threshold } });
      try {
        await engine.monitorSetThreshold(threshold);
        publish();
      } catch (e) {
        fail(mine, e);
      }
    },
    resetMonitor(engine) {
      stopTimer();
      token++;
      if (get().monitor.info) void engine?.monitorStop().catch(() => undefined);
      // Before any live stream, serving.monitoring is still the check run.
      const checkRun = get().monitor.checkRun ?? get().serving?.monitoring ?? null;
      const { scenario, alertThreshold } = get().config;
      // The card describes the check run again if it was on this scenario; otherwise nothing has run yet.
      const card = checkRun?.scenario === scenario ? checkRun : liveSummary(scenario, alertThreshold, [], []);
      set((s) => ({
        monitor: { ...INITIAL_MONITOR, checkRun },
        ...(s.serving && checkRun ? { serving: { ...s.serving, monitoring: card } } : {}),
      }));
    },
    clearMonitor() {
      stopTimer();
      token++;
      set({ monitor: INITIAL_MONITOR });
    },
  };
};
