/** Stage 7's live dashboard as plain data: what the monitor slice keeps, and how it starts. */
import type { MonitorInfo } from '../ml/monitor-session';
import type { LiveRecord } from '../pipeline/monitor-log';
import type { AlertRule } from '../pipeline/monitoring';
import type { RunSummary } from '../pipeline/summary';

/** One live batch every 400 ms while running (reduced motion stops animation, not data). */
export const TICK_MS = 400;
/** Points kept for the charts (older ones scroll away). */
export const MAX_POINTS = 500;

/** The live record (points, log, drift, row totals) plus the session's status and serving history. */
export interface MonitorState extends LiveRecord {
  readonly status: 'idle' | 'starting' | 'running' | 'paused' | 'error';
  readonly busy: 'retrain' | 'rollback' | null;
  readonly error: string | null;
  readonly info: MonitorInfo | null;
  readonly firing: readonly AlertRule[];
  /** Which model serves: "the trained model" or "retrained model k". */
  readonly serving: string;
  /** The model Roll back would restore, or null. */
  readonly previous: string | null;
  readonly retrains: number;
  readonly rolledBack: boolean;
  /** The check run made after training (written by the serving chain only), kept while live streams replace it on the stage card. */
  readonly checkRun: RunSummary['monitoring'] | null;
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
