/**
 * A live monitoring session for Stage 7: the seeded stream of the run's
 * scenario feeding a Monitor, advanced a few batches at a time by the page.
 * The stream and the monitor are built exactly as monitorRun builds them, so
 * the first batches match the check run made right after training.
 */
import type { PipelineConfig, Scenario } from '../pipeline/config';
import { PSI_THRESHOLD, WASSERSTEIN_THRESHOLD } from '../pipeline/drift';
import { ALERT_PERSIST_TICKS, RETRAIN_RECIPE, rulesFor, WINDOW_TICKS } from '../pipeline/monitoring';
import { createRng, type Rng } from '../pipeline/rng';
import { runRngs } from '../pipeline/run-data';
import { createStream, LIVE_BATCH_ROWS, type LiveStream } from '../pipeline/stream';
import { Monitor, type TickReport } from './monitor';
import type { ServingContext } from './serving-context';

/** Most batches one step call may advance. */
export const MAX_STEP = 200;

export interface MonitorInfo {
  readonly scenario: Scenario;
  /** Rolling-accuracy alert threshold (0–1). */
  readonly alertThreshold: number;
  /** Decision threshold for the model's probabilities. */
  readonly decisionThreshold: number;
  readonly windowTicks: number;
  /** Consecutive batches a rule must hold before it fires, and fail before it resolves. */
  readonly persistTicks: number;
  readonly batchRows: number;
  readonly features: readonly string[];
  readonly psiThreshold: number;
  readonly wassersteinThreshold: number;
  /** Share of drifted features at which the drift alert fires. */
  readonly driftShareThreshold: number;
  readonly retrain: typeof RETRAIN_RECIPE;
}

export interface RetrainReport {
  /** The last batch seen before the swap. */
  readonly afterTick: number;
  readonly version: number;
  /** Labelled live rows used (80 % train, 20 % held out). */
  readonly rows: number;
  readonly epochs: number;
  /** Accuracy of the new model on the held-out 20 % of those rows. */
  readonly valAccuracy: number;
  readonly ms: number;
}

export interface RollbackReport {
  readonly ok: boolean;
  readonly afterTick: number;
  readonly version: number;
}

export class MonitorSession {
  private readonly monitor: Monitor;
  private readonly stream: LiveStream;
  private readonly rng: Rng;
  private lastTick = -1;
  private closed = false;
  readonly info: MonitorInfo;

  constructor(
    ctx: ServingContext,
    private readonly config: PipelineConfig,
  ) {
    const { data } = ctx;
    this.stream = createStream(data.generated, config.scenario, config.faultRate, runRngs(config.seed).stream, LIVE_BATCH_ROWS);
    const rules = rulesFor(config.alertThreshold);
    this.monitor = new Monitor({
      model: ctx.model,
      prep: data.prep,
      references: data.references,
      lastClickMs: data.lastClickMs,
      rules,
      threshold: config.threshold,
    });
    this.rng = createRng(config.seed + 1);
    this.info = {
      scenario: config.scenario,
      alertThreshold: config.alertThreshold,
      decisionThreshold: config.threshold,
      windowTicks: WINDOW_TICKS,
      persistTicks: ALERT_PERSIST_TICKS,
      batchRows: LIVE_BATCH_ROWS,
      features: data.references.map((r) => r.name),
      psiThreshold: PSI_THRESHOLD,
      wassersteinThreshold: WASSERSTEIN_THRESHOLD,
      driftShareThreshold: rules.driftShareThreshold,
      retrain: RETRAIN_RECIPE,
    };
  }

  private open(): void {
    if (this.closed) throw new Error('The monitoring session was closed: start it again');
  }

  /** Scores the next `n` batches (1–MAX_STEP). */
  async step(n: number): Promise<TickReport[]> {
    const count = Math.min(MAX_STEP, Math.max(1, Math.floor(n) || 1));
    const out: TickReport[] = [];
    for (let i = 0; i < count; i++) {
      this.open();
      const report = await this.monitor.step(this.stream.next());
      this.lastTick = report.tick;
      out.push(report);
    }
    return out;
  }

  /** Retrains on the rolling window's labelled rows and swaps the model in. */
  async retrain(): Promise<RetrainReport> {
    this.open();
    const started = performance.now();
    const r = await this.monitor.retrain({ ...RETRAIN_RECIPE, seed: this.config.seed + this.monitor.modelVersion }, this.rng);
    return {
      afterTick: this.lastTick,
      version: this.monitor.modelVersion,
      rows: r.rows,
      epochs: r.epochs,
      valAccuracy: r.valAccuracy,
      ms: performance.now() - started,
    };
  }

  /** Swaps the previous model back in (ok: false when there is none). */
  rollback(): RollbackReport {
    this.open();
    const ok = this.monitor.rollback();
    return { ok, afterTick: this.lastTick, version: this.monitor.modelVersion };
  }

  get canRollback(): boolean {
    return this.monitor.canRollback;
  }

  setThreshold(threshold: number): void {
    this.open();
    this.monitor.setRules(rulesFor(threshold));
  }

  /** Frees the models the session trained; the engine's model is left alone. */
  dispose(): void {
    this.closed = true;
    this.monitor.dispose();
  }
}
