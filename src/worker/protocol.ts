/**
 * The engine interface the views talk to. The worker serves it through
 * comlink; tests can use the same class in-process. Only plain data crosses it:
 * numbers, arrays, typed arrays and plain objects — never tensors or models.
 */
import type { PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import type { DataSnapshot } from '../pipeline/snapshot';
import type { RunSummary } from '../pipeline/summary';
import type { BackendChoice } from '../ml/backend';
import type { RaceReport } from '../ml/backend-race';
import type { DeploymentReport } from '../ml/deploy-report';
import type { TickReport } from '../ml/monitor';
import type { MonitorInfo, RetrainReport, RollbackReport } from '../ml/monitor-session';
import type { PackageDtype, PackageFiles, PackageLatency } from '../ml/package-files';
import type { ReproReport } from '../ml/reproducibility';
import type { SkewResult } from '../ml/skew-demo';
import type { PredictionTrace } from '../ml/trace';
import type { QuantizationView } from '../ml/quantization-view';
import type { SkewId } from '../pipeline/skew';
import type { FixScenarioId } from '../pipeline/fix-plants';
import type { FixOutcome } from '../ml/fix-run';
import type { ScoreSummary } from '../pipeline/score-summary';

export interface TrainCallbacks {
  onEpoch(record: EpochRecord): void;
  /** Fraction of all training steps done (0–1), and the ms spent training so far. */
  onProgress?(fraction: number, elapsedMs: number): void;
  /**
   * After each epoch: the model's probabilities for the dot view's training marks
   * (DataSnapshot.dots.trainMarks order), transferred, not copied.
   */
  onEpochPredictions?(epoch: number, p: Float32Array): void;
  /** Training had to start again (e.g. the WebGL context was lost); epochs so far are void. */
  onRestart?(reason: string): void;
}

export interface TrainOutcome {
  readonly epochs: EpochRecord[];
  readonly backend: BackendChoice;
  /** Wall time from the first step to the trained model, ms. */
  readonly ms: number;
  /** Validation labels and the model's probabilities, row by row, with their ROC and sorted scores (made once, here). */
  readonly validation: ScoredRows;
  /** Training labels and probabilities after training (for train-vs-validation comparisons). */
  readonly training: ScoredRows;
}

/** Labels, probabilities and their summary: any threshold's metrics in O(log n) on the page. */
export interface ScoredRows {
  readonly y: Float32Array;
  readonly p: Float32Array;
  readonly summary: ScoreSummary;
}

export type TableName = 'raw' | 'features';

export interface RowsPage {
  readonly columns: string[];
  readonly rows: number[][];
  readonly total: number;
}

export interface ValidationRow {
  /** Index within the validation split. */
  readonly index: number;
  /** Raw feature values in DataSnapshot.featureNames order. */
  readonly values: number[];
  readonly label: 0 | 1;
}

export type { PackageLatency };

export interface EngineApi {
  /** Stages 1–3 and the split for `config`; forgets any trained model. */
  prepare(config: PipelineConfig): Promise<DataSnapshot>;
  rows(table: TableName, offset: number, limit: number): Promise<RowsPage>;
  /** Trains on the prepared data (preparing first if the data settings changed). Rejects with TrainingCancelled's message when cancelled. */
  train(config: PipelineConfig, callbacks: TrainCallbacks): Promise<TrainOutcome>;
  validationRow(index: number): Promise<ValidationRow>;
  /** The trained model's layer-by-layer trace of one row of raw feature values. */
  trace(values: number[], threshold: number): Promise<PredictionTrace>;
  /** Stage 7's check run after training: the trained model on `ticks` live batches of config.scenario. */
  monitorCheck(config: PipelineConfig, ticks: number): Promise<RunSummary['monitoring']>;
  /** Stage 6: every variant's bytes, accuracy after reloading and latency on the active backend, at config.threshold. */
  deploymentReport(config: PipelineConfig): Promise<DeploymentReport>;
  /** Stage 6: trains again with the same seed and compares the validation predictions. */
  reproducibilityCheck(config: PipelineConfig): Promise<ReproReport>;
  /** Stage 6: times the float32 package on WebGL, WASM and CPU, then restores the active backend. */
  raceBackends(): Promise<RaceReport>;
  /** Stage 6: the three files of the `dtype` package (model.json text, weights bytes, metadata JSON text). */
  packageFiles(config: PipelineConfig, dtype: PackageDtype, latency: PackageLatency | null): Promise<PackageFiles>;
  /** Stage 6 for the dot view: the weights before/after uint8 and the validation rows whose decision changed. */
  quantizationView(config: PipelineConfig): Promise<QuantizationView>;
  /** Stage 6: serves the validation rows with one feature computed differently. */
  skewDemo(config: PipelineConfig, skew: SkewId): Promise<SkewResult>;
  /** Stage 7: opens a live session on config.scenario (closing any open one). */
  monitorStart(config: PipelineConfig): Promise<MonitorInfo>;
  /** Stage 7: scores the next `n` live batches (1–200). */
  monitorStep(n: number): Promise<TickReport[]>;
  /** Stage 7: retrains on the recent labelled rows and swaps the new model in. */
  monitorRetrain(): Promise<RetrainReport>;
  /** Stage 7: swaps the previous model back in. */
  monitorRollback(): Promise<RollbackReport>;
  /** Stage 7: changes the rolling-accuracy alert threshold (0–1). */
  monitorSetThreshold(threshold: number): Promise<void>;
  /** Stage 7: closes the live session and frees its models. */
  monitorStop(): Promise<void>;
  /**
   * Compare mode: one complete, seeded run of all seven stages for `config`, on its own data and
   * model (the app's current data, model and live session are left alone), as the CLI's summary.
   * A newer compare run stops an older one still in progress (its call rejects).
   */
  compareRun(config: PipelineConfig): Promise<RunSummary>;
  /** Stops the compare run in progress, if any (its call rejects). */
  cancelCompare(): void;
  /** Fix-it mode: one scenario's seeded run with its planted bug (fixed = false) or with the fix; its own data and model. */
  fixRun(scenario: FixScenarioId, fixed: boolean, seed: number): Promise<FixOutcome>;
  /** Stops the training run in progress (its `train` call rejects). */
  cancel(): void;
  /** Test hook: loses the WebGL context on purpose; false when WebGL is not the active backend. */
  simulateContextLoss(): Promise<boolean>;
  /** tf.memory().numTensors in the engine (for leak checks). */
  numTensors(): Promise<number>;
}

/**
 * Every method of EngineApi, as data: the forwarders (the worker client, the
 * test fixture, a call counter) are built from this list, and the check below
 * fails to compile when a method is added to EngineApi but not here.
 */
export const ENGINE_METHODS = [
  'prepare',
  'rows',
  'train',
  'validationRow',
  'trace',
  'monitorCheck',
  'deploymentReport',
  'reproducibilityCheck',
  'raceBackends',
  'packageFiles',
  'skewDemo',
  'quantizationView',
  'monitorStart',
  'monitorStep',
  'monitorRetrain',
  'monitorRollback',
  'monitorSetThreshold',
  'monitorStop',
  'compareRun',
  'cancelCompare',
  'fixRun',
  'cancel',
  'simulateContextLoss',
  'numTensors',
] as const satisfies readonly (keyof EngineApi)[];

type Missing = Exclude<keyof EngineApi, (typeof ENGINE_METHODS)[number]>;
/** Compile-time: true only when ENGINE_METHODS names every EngineApi method. */
export const ENGINE_METHODS_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/**
 * An EngineApi whose every method calls `call(name, args)`: one forwarder for
 * every method, so no list of methods is ever written out twice.
 */
export function forwardEngine(call: <K extends keyof EngineApi>(name: K, args: Parameters<EngineApi[K]>) => unknown): EngineApi {
  const api: Record<string, unknown> = {};
  for (const name of ENGINE_METHODS) api[name] = (...args: never[]) => call(name, args as never);
  return api as unknown as EngineApi;
}
