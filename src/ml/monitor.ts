/**
 * Stage 7's loop: each live batch passes the serving gate (the cleaning rules),
 * gets its features from the serving feature store, is scored by the current
 * model, and updates the rolling accuracy, the drift report and the alerts.
 * Retraining swaps in a model trained on the recent labelled rows; rollback
 * swaps the previous one back. Drift is always measured against the data the
 * serving model was trained on, so the drift reference moves with the model,
 * and after a swap only on live rows that arrived after it (never on the rows
 * the new reference was built from).
 */
import type * as tf from '@tensorflow/tfjs';
import { servingGate } from '../pipeline/serving-gate';
import { buildDriftReference, driftReport, driftShare, type FeatureReference } from '../pipeline/drift';
import { engineerFeatures, type FeatureTable } from '../pipeline/features';
import { AlertState, RollingWindow, WINDOW_TICKS, type RuleSettings } from '../pipeline/monitoring';
import type { LiveTick } from '../pipeline/monitor-log';
import { encodeTable, type Encoded, type Preprocessor } from '../pipeline/prepare';
import { permutation, type Rng } from '../pipeline/rng';
import { VALIDATION_SHARE } from '../pipeline/config';
import type { LiveBatch } from '../pipeline/stream';
import { takeRows } from '../pipeline/table';
import { shapeOfModel } from './model';
import { predictProba } from './predict';
import { train, type TrainOptions } from './train';

/** One scored live batch; the plain-data shape lives in pipeline/monitor-log.ts so the store can name it. */
export type TickReport = LiveTick;

export interface MonitorSetup {
  readonly model: tf.LayersModel;
  readonly prep: Preprocessor;
  readonly references: readonly FeatureReference[];
  /** Serving feature store: per-user last click (ms); the monitor keeps its own copy. */
  readonly lastClickMs: Float64Array;
  readonly rules: RuleSettings;
  /** Probability at or above which a session is predicted to convert. */
  readonly threshold: number;
  readonly windowTicks?: number;
}

export class Monitor {
  private model: tf.LayersModel;
  private previous: tf.LayersModel | null = null;
  private references: readonly FeatureReference[];
  private previousReferences: readonly FeatureReference[] | null = null;
  private version = 1;
  private readonly store: Float64Array;
  private readonly window: RollingWindow;
  private readonly alerts: AlertState;
  private readonly recent: FeatureTable[] = [];
  /** Batches scored since the last model swap (drift uses only these). */
  private sinceSwap = 0;

  constructor(private readonly setup: MonitorSetup) {
    this.model = setup.model;
    this.references = setup.references;
    this.store = setup.lastClickMs.slice();
    this.window = new RollingWindow(setup.windowTicks ?? WINDOW_TICKS);
    this.alerts = new AlertState(setup.rules);
  }

  get modelVersion(): number {
    return this.version;
  }

  /** True when a previous model is kept for rollback. */
  get canRollback(): boolean {
    return this.previous !== null;
  }

  setRules(rules: RuleSettings): void {
    this.alerts.setSettings(rules);
  }

  /** Scores one batch and evaluates the rules. */
  async step(batch: LiveBatch): Promise<TickReport> {
    const gate = servingGate(batch.table);
    const features = engineerFeatures(gate.table, this.store);
    const data = encodeTable(this.setup.prep, features);
    const p = await predictProba(this.model, data);
    let correct = 0;
    for (let i = 0; i < data.n; i++) if ((p[i] >= this.setup.threshold ? 1 : 0) === data.y[i]) correct++;
    this.window.push(data.n, correct);
    this.recent.push(features);
    if (this.recent.length > this.window.capacity) this.recent.shift();
    this.sinceSwap++;
    const driftBatches = Math.min(this.sinceSwap, this.recent.length);
    const drift = driftReport(this.references, this.pooled(driftBatches));
    const rolling = this.window.full ? this.window.accuracy : NaN;
    const events = this.alerts.evaluate(batch.tick, rolling, drift);
    const firing = (['accuracy_below_threshold', 'feature_drift'] as const).filter((r) => this.alerts.isFiring(r));
    const ts = batch.table.columns.timestamp;
    return {
      tick: batch.tick,
      timeMs: ts[ts.length - 1] ?? NaN,
      rows: batch.table.length,
      faulty: gate.faulty,
      batchAccuracy: data.n ? correct / data.n : NaN,
      rollingAccuracy: Number.isNaN(rolling) ? null : rolling,
      drift,
      driftShare: driftShare(drift),
      events,
      firing,
      modelVersion: this.version,
      driftBatches,
    };
  }

  /** The last `batches` of the rolling window's rows (default: all of them) as one table. */
  private pooled(batches = this.recent.length): FeatureTable {
    if (this.recent.length === 0) throw new Error('No live rows yet: run the stream before retraining');
    const tables = this.recent.slice(this.recent.length - Math.max(1, batches));
    if (tables.length === 1) return tables[0];
    const names = Object.keys(tables[0].columns) as (keyof FeatureTable['columns'])[];
    const n = tables.reduce((s, t) => s + t.length, 0);
    const columns = {} as Record<string, FeatureTable['columns'][keyof FeatureTable['columns']]>;
    for (const name of names) {
      const first = tables[0].columns[name];
      const out = new (first.constructor as Float64ArrayConstructor)(n);
      let at = 0;
      for (const t of tables) {
        out.set(t.columns[name] as Float64Array, at);
        at += t.length;
      }
      columns[name] = out;
    }
    return { length: n, columns } as FeatureTable;
  }

  /** The recent labelled rows (the rolling window) encoded for training. */
  recentData(): Encoded {
    const pooled = this.pooled();
    return encodeTable(this.setup.prep, pooled);
  }

  /**
   * Trains a new model of the same shape on the recent labelled rows (80 % train,
   * 20 % check), swaps it in and keeps the old one for rollback. Restarts the window;
   * the new model's training rows become the drift reference.
   */
  async retrain(options: Omit<TrainOptions, 'shape'>, rng: Rng): Promise<{ epochs: number; rows: number; valAccuracy: number }> {
    const pooled = this.pooled();
    const n = pooled.length;
    const cut = Math.round(n * (1 - VALIDATION_SHARE));
    const idx = permutation(rng, n);
    const tr = encodeTable(this.setup.prep, takeRows(pooled, idx.slice(0, cut)));
    const va = encodeTable(this.setup.prep, takeRows(pooled, idx.slice(cut)));
    const result = await train(tr, va, { ...options, shape: shapeOfModel(this.model) }, rng);
    // The model the monitor was given belongs to the caller: never dispose it here.
    if (this.previous && this.previous !== this.setup.model) this.previous.dispose();
    this.previous = this.model;
    this.model = result.model;
    this.previousReferences = this.references;
    this.references = buildDriftReference(
      pooled,
      idx.slice(0, cut),
      this.references.map((r) => r.name),
    );
    this.version++;
    this.window.clear();
    this.sinceSwap = 0;
    const last = result.epochs[result.epochs.length - 1];
    return { epochs: result.epochs.length, rows: n, valAccuracy: last?.valAccuracy ?? NaN };
  }

  /** Swaps the previous model back in; false when there is none. */
  rollback(): boolean {
    if (!this.previous) return false;
    const current = this.model;
    this.model = this.previous;
    this.previous = current;
    const refs = this.references;
    this.references = this.previousReferences ?? this.setup.references;
    this.previousReferences = refs;
    this.version++;
    this.window.clear();
    this.sinceSwap = 0;
    return true;
  }

  /** Disposes every model the monitor owns except the one it was given. */
  dispose(): void {
    for (const m of [this.model, this.previous]) if (m && m !== this.setup.model) m.dispose();
    this.previous = null;
  }
}
