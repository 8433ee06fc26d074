/**
 * Stage 7's bookkeeping, free of any model: a rolling window over the last
 * ticks, and the alert rules evaluated on it. Alerts are edge-triggered: a rule
 * fires when it starts to hold and resolves when it stops holding.
 */
import type { FeatureDrift } from './drift';
import { fmtPct } from './summary';

export type AlertRule = 'accuracy_below_threshold' | 'feature_drift';

export interface AlertEvent {
  readonly tick: number;
  readonly rule: AlertRule;
  /** 'fired' when the rule starts holding, 'resolved' when it stops. */
  readonly kind: 'fired' | 'resolved';
  /** The measured value: rolling accuracy, or the share of drifted features. */
  readonly value: number;
  readonly threshold: number;
  readonly message: string;
}

export interface RuleSettings {
  /** Fire when rolling accuracy < this (default 0.8, the card's figure). */
  readonly accuracyThreshold: number;
  /** Fire when at least this share of features drifted (default 0.5: half). */
  readonly driftShareThreshold: number;
}

export const DEFAULT_RULES: RuleSettings = { accuracyThreshold: 0.8, driftShareThreshold: 0.5 };
/** How "Retrain on recent data" trains: same model shape, these knobs, on the rolling window's rows. */
export const RETRAIN_RECIPE = { epochs: 20, batchSize: 64, learningRate: 0.005 } as const;

/** Ticks in the rolling window; the accuracy rule waits until it is full (the drift rule judges every batch). */
export const WINDOW_TICKS = 10;

/** Live batches in the check run made right after training (the stage card's line until a live stream runs). */
export const CHECK_RUN_TICKS = 60;

interface TickCounts {
  readonly scored: number;
  readonly correct: number;
}

/** Row-weighted accuracy over the last `capacity` ticks. */
export class RollingWindow {
  private readonly ticks: TickCounts[] = [];
  constructor(readonly capacity = WINDOW_TICKS) {}
  push(scored: number, correct: number): void {
    this.ticks.push({ scored, correct });
    if (this.ticks.length > this.capacity) this.ticks.shift();
  }
  get full(): boolean {
    return this.ticks.length >= this.capacity;
  }
  get rows(): number {
    return this.ticks.reduce((s, t) => s + t.scored, 0);
  }
  get accuracy(): number {
    const rows = this.rows;
    return rows === 0 ? NaN : this.ticks.reduce((s, t) => s + t.correct, 0) / rows;
  }
  clear(): void {
    this.ticks.length = 0;
  }
}

/** Tracks which rules are firing and emits an event on every change. */
export class AlertState {
  private readonly firing = new Set<AlertRule>();
  constructor(private settings: RuleSettings = DEFAULT_RULES) {}

  setSettings(settings: RuleSettings): void {
    this.settings = settings;
  }

  isFiring(rule: AlertRule): boolean {
    return this.firing.has(rule);
  }

  /**
   * Evaluates both rules for one tick.
   * @param accuracy rolling accuracy, or NaN while the window is not yet full (rule not evaluated)
   */
  evaluate(tick: number, accuracy: number, drift: readonly FeatureDrift[]): AlertEvent[] {
    const events: AlertEvent[] = [];
    const { accuracyThreshold: at, driftShareThreshold: dt } = this.settings;
    if (!Number.isNaN(accuracy)) {
      const holds = accuracy < at;
      const msg = holds
        ? `Alert triggered: rolling accuracy ${fmtPct(accuracy)} dropped below ${fmtPct(at)}`
        : `Resolved: rolling accuracy back at ${fmtPct(accuracy)} (threshold ${fmtPct(at)})`;
      this.transition(events, tick, 'accuracy_below_threshold', holds, accuracy, at, msg);
    }
    if (drift.length > 0) {
      const moved = drift.filter((d) => d.drifted);
      const share = moved.length / drift.length;
      const holds = share >= dt;
      const msg = holds
        ? `Drift in ${moved.length} of ${drift.length} features (${moved.map((d) => d.name).join(', ')})`
        : `Resolved: drift in ${moved.length} of ${drift.length} features`;
      this.transition(events, tick, 'feature_drift', holds, share, dt, msg);
    }
    return events;
  }

  private transition(
    events: AlertEvent[],
    tick: number,
    rule: AlertRule,
    holds: boolean,
    value: number,
    threshold: number,
    message: string,
  ): void {
    if (holds === this.firing.has(rule)) return;
    if (holds) this.firing.add(rule);
    else this.firing.delete(rule);
    events.push({ tick, rule, kind: holds ? 'fired' : 'resolved', value, threshold, message });
  }
}
