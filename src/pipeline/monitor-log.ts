/**
 * Stage 7's dashboard bookkeeping as plain data: the compact per-batch points
 * the charts draw, the alert log (alerts plus retrain/rollback events), and the
 * run summary the stage card reads. No model here: ticks arrive already scored.
 */
import type { Scenario } from './config';
import type { FeatureDrift } from './drift';
import { alertRulesSummary, rulesFor, type AlertEvent, type AlertRule } from './monitoring';
import { fmtInt, fmtPct, type RunSummary } from './summary';

/** One scored live batch, as the engine reports it (ml/monitor.ts's TickReport is this type). */
export interface LiveTick {
  readonly tick: number;
  /** Stream time of the batch's last session (ms since 1970, UTC). */
  readonly timeMs: number;
  /** Rows that arrived this tick. */
  readonly rows: number;
  /** Rows the serving gate rejected (missing or impossible values). */
  readonly faulty: number;
  /** Accuracy on this tick's scored rows. */
  readonly batchAccuracy: number;
  /** Accuracy over the rolling window; null until the window is full. */
  readonly rollingAccuracy: number | null;
  readonly drift: readonly FeatureDrift[];
  readonly driftShare: number;
  readonly events: readonly AlertEvent[];
  readonly firing: readonly AlertRule[];
  /** Which model version scored this tick (1 = the trained model, +1 per retrain). */
  readonly modelVersion: number;
  /**
   * Batches the drift report pooled: the rolling window's, but only those that
   * arrived after the last model swap (1 right after a retrain or rollback).
   */
  readonly driftBatches: number;
}

/** What the charts keep per batch: the tick without its per-feature drift and alert events. */
export type TickPoint = Pick<
  LiveTick,
  'tick' | 'timeMs' | 'rows' | 'faulty' | 'batchAccuracy' | 'rollingAccuracy' | 'driftShare' | 'modelVersion' | 'driftBatches'
>;

export type LogKind = 'fired' | 'resolved' | 'retrain' | 'rollback';

export interface LogEntry {
  readonly tick: number;
  readonly timeMs: number;
  readonly kind: LogKind;
  /** The rule or action, in words. */
  readonly rule: string;
  /** The measured value, formatted. */
  readonly value: string;
  readonly message: string;
  /** The raw rule id for alerts (null for model events). */
  readonly ruleId: AlertRule | null;
  readonly rawValue: number;
}

/**
 * A live session's record so far, as the dashboard keeps it (store/monitor-state.ts) and the
 * dot view draws it (dot-layout/live-batches.ts): one type, so the two read the same fields.
 */
export interface LiveRecord {
  readonly points: readonly TickPoint[];
  readonly log: readonly LogEntry[];
  /** The latest batch's drift report (per feature, with the binned shares it compared). */
  readonly drift: readonly FeatureDrift[];
  /** Live rows seen and rejected by the serving gate, over the whole session (the tiles' numbers). */
  readonly rows: number;
  readonly faulty: number;
}

export const RULE_NAMES: Readonly<Record<AlertRule, string>> = {
  accuracy_below_threshold: 'Accuracy below threshold',
  feature_drift: 'Feature drift',
};

/** Live batches the stream has scored so far: ticks count from 0, and the charts keep only the newest points. */
export function batchesSoFar(points: readonly Pick<LiveTick, 'tick'>[]): number {
  const last = points[points.length - 1];
  return last ? last.tick + 1 : 0;
}

export function toPoint(t: LiveTick): TickPoint {
  const { tick, timeMs, rows, faulty, batchAccuracy, rollingAccuracy, driftShare, modelVersion, driftBatches } = t;
  return { tick, timeMs, rows, faulty, batchAccuracy, rollingAccuracy, driftShare, modelVersion, driftBatches };
}

/** The alert log entries of a batch: one per rule that fired or resolved. */
export function alertEntries(t: LiveTick): LogEntry[] {
  return t.events.map((e) => ({
    tick: e.tick,
    timeMs: t.timeMs,
    kind: e.kind,
    rule: RULE_NAMES[e.rule],
    value: e.rule === 'accuracy_below_threshold' ? fmtPct(e.value) : `${fmtPct(e.value, 0)} of features`,
    message: e.message,
    ruleId: e.rule,
    rawValue: e.value,
  }));
}

/**
 * A log entry for a model swap (retrain or rollback) made after batch `tick`.
 * @param valAccuracy a retrained model's accuracy on its held-out rows (NaN for a rollback)
 */
export function modelEntry(
  kind: 'retrain' | 'rollback',
  tick: number,
  timeMs: number,
  serving: string,
  message: string,
  valAccuracy = NaN,
): LogEntry {
  return {
    tick,
    timeMs,
    kind,
    rule: kind === 'retrain' ? 'Retrained on recent data' : 'Rolled back',
    value: Number.isNaN(valAccuracy) ? serving : `${serving}: ${fmtPct(valAccuracy)} on held-out live rows`,
    message,
    ruleId: null,
    rawValue: valAccuracy,
  };
}

/** The monitoring part of the run summary (what the stage card and the insight read) from the live stream. */
export function liveSummary(
  scenario: Scenario,
  threshold: number,
  points: readonly TickPoint[],
  log: readonly LogEntry[],
): RunSummary['monitoring'] {
  return {
    scenario,
    threshold,
    ticks: points.map((p) => ({
      tick: p.tick,
      accuracy: p.rollingAccuracy,
      batchAccuracy: p.batchAccuracy,
      driftShare: p.driftShare,
      faulty: p.faulty,
    })),
    alerts: log.flatMap((e) =>
      e.ruleId && (e.kind === 'fired' || e.kind === 'resolved')
        ? [{ tick: e.tick, rule: e.ruleId, kind: e.kind, value: e.rawValue, message: e.message }]
        : [],
    ),
    alertRules: alertRulesSummary(rulesFor(threshold)),
  };
}

/**
 * While the drift window refills after a model swap, says on how many post-swap batches drift
 * is measured; null once the window is full again (or before any swap, when it simply fills).
 */
export function describeDriftWindow(last: TickPoint | undefined, windowTicks: number): string | null {
  if (!last || last.modelVersion === 1 || last.driftBatches >= windowTicks) return null;
  const n = last.driftBatches;
  return (
    `Drift since the model swap: measured on the ${n} batch${n === 1 ? '' : 'es'} that arrived after it ` +
    `(${n} of ${windowTicks}), never on the rows the new reference was built from; the window is refilling.`
  );
}

/** "2026-03-04 17:20" (UTC) — the stream's own clock. */
export const fmtStreamTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** One sentence on where the live stream stands (for the status line); `serving` names the model in use. */
export function describeLive(points: readonly TickPoint[], threshold: number, serving?: string): string {
  const last = points[points.length - 1];
  if (!last) return 'No live batches yet.';
  const head = `Batch ${fmtInt(last.tick)} (${serving ? `serving ${serving}` : `model v${last.modelVersion}`})`;
  if (last.rollingAccuracy === null) return `${head}: filling the rolling window.`;
  const side = last.rollingAccuracy < threshold ? 'below' : 'at or above';
  return `${head}: rolling accuracy ${fmtPct(last.rollingAccuracy)}, ${side} the ${fmtPct(threshold, 0)} threshold.`;
}
