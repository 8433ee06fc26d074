/**
 * Stage 7's bookkeeping, free of any model: a rolling window over the last
 * ticks, and the alert rules evaluated on it. Alerts are edge-triggered with a
 * minimum duration: a rule fires once its condition has held for
 * ALERT_PERSIST_TICKS evaluated ticks in a row, and resolves once it has not
 * held for as many ticks in a row, so one noisy batch neither raises nor clears
 * an alert.
 */
import { PSI_THRESHOLD, WASSERSTEIN_THRESHOLD, type FeatureDrift } from './drift';
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

/** A run's rules: its configured accuracy threshold, the default drift share. */
export const rulesFor = (accuracyThreshold: number): RuleSettings => ({
  accuracyThreshold,
  driftShareThreshold: DEFAULT_RULES.driftShareThreshold,
});
/** How "Retrain on recent data" trains: same model shape, these knobs, on the rolling window's rows. */
export const RETRAIN_RECIPE = { epochs: 20, batchSize: 64, learningRate: 0.005 } as const;

/** Ticks in the rolling window; the accuracy rule waits until it is full (the drift rule judges every batch). */
export const WINDOW_TICKS = 10;

/** Live batches in the check run made right after training (the stage card's line until a live stream runs). */
export const CHECK_RUN_TICKS = 60;

/**
 * Consecutive evaluated ticks a rule's condition must hold before it fires, and
 * must fail before it resolves (the hysteresis against flapping alerts).
 */
export const ALERT_PERSIST_TICKS = 3;

/** The alert rules in words: shown on screen and written into the CLI's JSON. */
export function describeRules(settings: RuleSettings, persistTicks = ALERT_PERSIST_TICKS): string {
  const n = `${persistTicks} batch${persistTicks === 1 ? '' : 'es'} in a row`;
  return (
    `An alert fires when its rule has held for ${n} and resolves when it has not held for ${n}: ` +
    `rolling accuracy over the last ${WINDOW_TICKS} batches below ${fmtPct(settings.accuracyThreshold)}, or ` +
    `drift in at least ${fmtPct(settings.driftShareThreshold)} of the features.`
  );
}

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
  /** Per rule: evaluated ticks in a row whose outcome disagrees with the rule's current state. */
  private readonly streak = new Map<AlertRule, number>();
  constructor(
    private settings: RuleSettings = DEFAULT_RULES,
    readonly persistTicks = ALERT_PERSIST_TICKS,
  ) {}

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
    if (holds === this.firing.has(rule)) {
      this.streak.set(rule, 0);
      return;
    }
    const streak = (this.streak.get(rule) ?? 0) + 1;
    this.streak.set(rule, streak);
    if (streak < this.persistTicks) return;
    this.streak.set(rule, 0);
    if (holds) this.firing.add(rule);
    else this.firing.delete(rule);
    events.push({ tick, rule, kind: holds ? 'fired' : 'resolved', value, threshold, message });
  }
}

export interface AlertRulesSummary {
  /** Batches in the rolling-accuracy window and in the drift window. */
  readonly windowTicks: number;
  /** Consecutive batches a rule must hold before it fires, and fail before it resolves. */
  readonly persistTicks: number;
  readonly accuracyThreshold: number;
  readonly driftShareThreshold: number;
  readonly psiThreshold: number;
  readonly wassersteinThreshold: number;
  readonly description: string;
}

/** The alert rules of a monitoring run as plain data (CLI JSON and the stage's text read this). */
export function alertRulesSummary(settings: RuleSettings): AlertRulesSummary {
  return {
    windowTicks: WINDOW_TICKS,
    persistTicks: ALERT_PERSIST_TICKS,
    accuracyThreshold: settings.accuracyThreshold,
    driftShareThreshold: settings.driftShareThreshold,
    psiThreshold: PSI_THRESHOLD,
    wassersteinThreshold: WASSERSTEIN_THRESHOLD,
    description: describeRules(settings),
  };
}
