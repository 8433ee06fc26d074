/**
 * Stage 7's live dashboard: Start/Pause drive a timer on the main thread that
 * asks the engine for the next live batch every TICK_MS; the ticks, the latest
 * drift and the alert log are kept as plain data. The stage card follows the
 * live stream (see serving.ts). Stale answers are dropped by the controller's
 * 'monitor' token; the timer lives in the controller, one per store.
 */
import type { StateCreator } from 'zustand';
import { alertEntries, modelEntry, toPoint, type LiveTick } from '../pipeline/monitor-log';
import { VALIDATION_SHARE } from '../pipeline/config';
import { WINDOW_TICKS } from '../pipeline/monitoring';
import { fmtInt, fmtPct, fmtPctWhole } from '../pipeline/summary';
import { errorMessage, type LabController } from './lab-controller';
import type { LabState } from './lab-store';
import { INITIAL_MONITOR, MAX_POINTS, TICK_MS, type MonitorState } from './monitor-state';

export interface MonitorSlice {
  monitor: MonitorState;
  startMonitor(): Promise<void>;
  pauseMonitor(): void;
  /** Scores `n` more batches now (opening a session first if needed). */
  advanceMonitor(n: number): Promise<void>;
  retrainMonitor(): Promise<void>;
  rollbackMonitor(): Promise<void>;
  /** Sends the alert threshold to the open session (the knob itself lives in the config). */
  setMonitorThreshold(threshold: number): Promise<void>;
  /** Closes the session and clears the dashboard; the stage card goes back to the check run. */
  resetMonitor(): void;
}

export const createMonitorSlice =
  (ctl: LabController): StateCreator<LabState, [], [], MonitorSlice> =>
  (set, get) => {
    const engine = ctl.engine;
    const patch = (mine: number, part: Partial<MonitorState> | ((m: MonitorState) => Partial<MonitorState>)): boolean => {
      if (!ctl.isCurrent('monitor', mine)) return false;
      set((s) => ({ monitor: { ...s.monitor, ...(typeof part === 'function' ? part(s.monitor) : part) } }));
      return true;
    };
    const fail = (mine: number, e: unknown): void => {
      if (!ctl.isCurrent('monitor', mine)) return;
      ctl.stopTimer();
      patch(mine, { status: 'error', busy: null, error: errorMessage(e) });
    };
    const append = (mine: number, ticks: readonly LiveTick[]): void => {
      if (ticks.length === 0) return;
      const last = ticks[ticks.length - 1];
      patch(mine, (m) => ({
        points: [...m.points, ...ticks.map(toPoint)].slice(-MAX_POINTS),
        drift: last.drift,
        firing: last.firing,
        log: [...m.log, ...ticks.flatMap(alertEntries)],
        rows: m.rows + ticks.reduce((s, t) => s + t.rows, 0),
        faulty: m.faulty + ticks.reduce((s, t) => s + t.faulty, 0),
      }));
    };
    const step = async (n: number, mine: number): Promise<void> => {
      ctl.inFlight++;
      try {
        append(mine, await engine.monitorStep(n));
      } catch (e) {
        fail(mine, e);
      } finally {
        ctl.inFlight--;
      }
    };
    /** Opens a fresh session for the current scenario; returns its token, or null if superseded. */
    const open = async (): Promise<number | null> => {
      ctl.stopTimer();
      const mine = ctl.begin('monitor');
      const config = get().config;
      set((s) => ({ monitor: { ...INITIAL_MONITOR, status: 'starting', checkRun: s.monitor.checkRun } }));
      try {
        const info = await engine.monitorStart(config);
        return patch(mine, { info, status: 'paused' }) ? mine : null;
      } catch (e) {
        fail(mine, e);
        return null;
      }
    };
    const current = async (): Promise<number | null> => {
      const m = get().monitor;
      if (m.info && m.status !== 'error' && m.info.scenario === get().config.scenario) return ctl.current('monitor');
      return open();
    };
    const lastTime = (): { tick: number; timeMs: number } => {
      const p = get().monitor.points.at(-1);
      return { tick: p?.tick ?? -1, timeMs: p?.timeMs ?? NaN };
    };
    /**
     * Retrain and rollback alike: one at a time, marked busy while the engine swaps the serving model, then the
     * dashboard takes what `after` makes of the answer (logged at the last batch seen) and is no longer busy.
     */
    const swapModel = async <R>(
      busy: 'retrain' | 'rollback',
      call: () => Promise<R>,
      after: (m: MonitorState, answer: R, at: { tick: number; timeMs: number }) => Partial<MonitorState>,
    ): Promise<void> => {
      const mine = ctl.current('monitor');
      if (get().monitor.busy) return;
      patch(mine, { busy });
      try {
        const answer = await call();
        const at = lastTime();
        patch(mine, (m) => ({ ...after(m, answer, at), busy: null }));
      } catch (e) {
        fail(mine, e);
      }
    };

    return {
      monitor: INITIAL_MONITOR,
      async startMonitor() {
        const status = get().monitor.status;
        if (status === 'running' || status === 'starting') return;
        const mine = await current();
        if (mine === null || !patch(mine, { status: 'running', error: null })) return;
        ctl.startTimer(TICK_MS, () => {
          if (ctl.inFlight === 0 && get().monitor.busy === null) void step(1, mine);
        });
      },
      pauseMonitor() {
        ctl.stopTimer();
        if (get().monitor.status === 'running') patch(ctl.current('monitor'), { status: 'paused' });
      },
      async advanceMonitor(n) {
        const mine = await current();
        if (mine !== null) await step(n, mine);
      },
      async retrainMonitor() {
        if (!get().monitor.info) return;
        await swapModel(
          'retrain',
          () => engine.monitorRetrain(),
          (m, r, { tick, timeMs }) => {
            const label = `retrained model ${m.retrains + 1}`;
            const windowTicks = m.info?.windowTicks ?? WINDOW_TICKS;
            const text =
              `Retrained on ${fmtInt(r.rows)} labelled live rows from the last ${windowTicks} batches (${r.epochs} epochs, ` +
              `${fmtPct(r.valAccuracy)} on the ${fmtPctWhole(VALIDATION_SHARE)} held out); ${label} now serves and the rolling window starts again.`;
            const entry = modelEntry('retrain', tick, timeMs, label, text, r.valAccuracy);
            return { retrains: m.retrains + 1, previous: m.serving, serving: label, log: [...m.log, entry] };
          },
        );
      },
      async rollbackMonitor() {
        if (!get().monitor.previous) return;
        await swapModel(
          'rollback',
          () => engine.monitorRollback(),
          (m, r, { tick, timeMs }) => {
            if (!r.ok) return {};
            const text = `Rolled back: ${m.previous} serves again in place of ${m.serving}; the rolling window starts again.`;
            const entry = modelEntry('rollback', tick, timeMs, m.previous ?? m.serving, text);
            return { rolledBack: true, serving: m.previous ?? m.serving, previous: m.serving, log: [...m.log, entry] };
          },
        );
      },
      async setMonitorThreshold(threshold) {
        const mine = ctl.current('monitor');
        const info = get().monitor.info;
        if (!info || info.alertThreshold === threshold) return;
        patch(mine, { info: { ...info, alertThreshold: threshold } });
        try {
          await engine.monitorSetThreshold(threshold);
        } catch (e) {
          fail(mine, e);
        }
      },
      resetMonitor() {
        ctl.stopTimer();
        ctl.begin('monitor');
        if (get().monitor.info) void engine.monitorStop().catch(() => undefined);
        set((s) => ({ monitor: { ...INITIAL_MONITOR, checkRun: s.monitor.checkRun } }));
      },
    };
  };
