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
import type { SkewId } from '../pipeline/skew';
import type { ScoreSummary } from '../pipeline/score-summary';

export interface TrainCallbacks {
  onEpoch(record: EpochRecord): void;
  /** Fraction of all training steps done (0–1), and the ms spent training so far. */
  onProgress?(fraction: number, elapsedMs: number): void;
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
  /** Stages 6 and 7 with the trained model: compression, latency, and a monitoring run. */
  deployAndMonitor(config: PipelineConfig, ticks: number): Promise<Pick<RunSummary, 'deployment' | 'monitoring' | 'stages'>>;
  /** Stage 6: every variant's bytes, accuracy after reloading and latency on the active backend, at config.threshold. */
  deploymentReport(config: PipelineConfig): Promise<DeploymentReport>;
  /** Stage 6: trains again with the same seed and compares the validation predictions. */
  reproducibilityCheck(config: PipelineConfig): Promise<ReproReport>;
  /** Stage 6: times the float32 package on WebGL, WASM and CPU, then restores the active backend. */
  raceBackends(): Promise<RaceReport>;
  /** Stage 6: the three files of the `dtype` package (model.json text, weights bytes, metadata JSON text). */
  packageFiles(config: PipelineConfig, dtype: PackageDtype, latency: PackageLatency | null): Promise<PackageFiles>;
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
  cancel(): void;
  /** Test hook: loses the WebGL context on purpose; false when WebGL is not the active backend. */
  simulateContextLoss(): Promise<boolean>;
  /** tf.memory().numTensors in the engine (for leak checks). */
  numTensors(): Promise<number>;
}
