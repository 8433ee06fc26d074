/**
 * The engine behind the views: holds the prepared data and the trained model
 * between calls and answers with plain data. Runs inside the worker in the
 * app; tests use it in-process (or over a MessageChannel with comlink).
 */
import * as Comlink from 'comlink';
import {
  activeBackend,
  chooseBackend,
  chooseBackendFor,
  type BackendChoice,
  type BackendName,
  type BackendPreference,
  type WasmPaths,
  tensorCount,
} from '../ml/backend';
import type { Workload } from '../ml/backend-probe';
import { loseWebglContext, watchContextLoss } from '../ml/context-loss';
import { predictProba } from '../ml/predict';
import { runFixScenario, type FixOutcome } from '../ml/fix-run';
import type { FixScenarioId } from '../pipeline/fix-plants';
import { quantizationView } from '../ml/quantization-view';
import type { ServingContext } from '../ml/serving-context';
import { ServingDesk } from '../ml/serving-desk';
import { monitoringSummary, monitorRun, runPipeline } from '../ml/run-pipeline';
import type { LabModel } from '../ml/model';
import { traceLayers, type PredictionTrace } from '../ml/trace';
import { trainForConfig } from '../ml/train';
import { DATA_KNOBS, type PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import { encodeValues } from '../pipeline/prepare';
import { runData, runRngs, type RunData } from '../pipeline/run-data';
import { buildSnapshot, pageRows, type DataSnapshot } from '../pipeline/snapshot';
import type { RunSummary } from '../pipeline/summary';
import { movedToPage, scoredRows } from './scored-rows';
import type { DotData } from '../pipeline/dot-data';
import type { EngineApi, RowsPage, TableName, TrainCallbacks, TrainOutcome, ValidationRow } from './protocol';

const dataKey = (c: PipelineConfig): string => DATA_KNOBS.map((k) => String(c[k])).join('|');

/** The model and batch a run trains: what backend 'auto' times on a hardware GPU. */
const workloadOf = (c: PipelineConfig, data: RunData): Workload => ({
  shape: { inputSize: data.train.d, hidden1: c.hidden1, hidden2: c.hidden2 },
  batchSize: c.batchSize,
});
const workloadKey = (w: Workload): string => `${w.shape.inputSize}|${w.shape.hidden1}|${w.shape.hidden2}|${w.batchSize}`;

export interface EngineOptions {
  readonly backendOrder?: readonly BackendName[];
  readonly wasmPaths?: WasmPaths;
}

export class LabEngine implements EngineApi {
  private backendChoice: Promise<BackendChoice> | null = null;
  /** What the current backend choice was made for: the preference, and for 'auto' the workload it timed. */
  private choiceKey = '';
  private data: RunData | null = null;
  private key = '';
  /** The dot view's training marks as training-row indices (their answers are reported every epoch). */
  private probeRows: Uint32Array | null = null;
  private model: LabModel | null = null;
  private epochs: EpochRecord[] = [];
  private controller: AbortController | null = null;
  /** The compare run in progress (its own, so a compare run and a training run never stop each other). */
  private compareController: AbortController | null = null;
  /** Set when the WebGL context was lost during the current run. */
  private contextLost = false;
  /** The configuration the current model was trained with. */
  private trainedConfig: PipelineConfig | null = null;
  /** Stages 6 and 7: queued serving calls and the live monitoring session. */
  private readonly desk: ServingDesk;

  constructor(private readonly options: EngineOptions = {}) {
    this.desk = new ServingDesk(
      () => this.context(),
      () => this.options.wasmPaths,
    );
  }

  /**
   * The backend for a preference; re-chosen (after freeing the model) when the
   * preference changes, or for 'auto' when the model or batch it was timed on
   * changes (the timed probe only runs on a hardware GPU).
   */
  backend(preference: BackendPreference = 'auto', work?: Workload): Promise<BackendChoice> {
    if (this.options.backendOrder) {
      this.backendChoice ??= chooseBackend(this.options.backendOrder, this.options.wasmPaths);
      return this.backendChoice;
    }
    const key = preference === 'auto' && work ? `auto|${workloadKey(work)}` : preference;
    if (!this.backendChoice || this.choiceKey !== key) {
      this.forgetModel();
      this.choiceKey = key;
      this.backendChoice = chooseBackendFor(preference, this.options.wasmPaths, work);
    }
    return this.backendChoice;
  }

  async prepare(config: PipelineConfig): Promise<DataSnapshot> {
    // New data supersedes any serving work on the old model: it stops at its next chunk.
    await this.desk.supersede();
    this.forgetModel();
    this.data = runData(config);
    this.key = dataKey(config);
    const snapshot = buildSnapshot(this.data);
    this.probeRows = probeRowsOf(snapshot.dots);
    return snapshot;
  }

  private requireData(): RunData {
    if (!this.data) throw new Error('No data yet: prepare the data first');
    return this.data;
  }

  private requireModel(): LabModel {
    if (!this.model) throw new Error('No trained model yet: train the model first');
    return this.model;
  }

  async rows(table: TableName, offset: number, limit: number): Promise<RowsPage> {
    const data = this.requireData();
    const t = table === 'raw' ? data.generated.table : data.features;
    return { columns: Object.keys(t.columns), rows: pageRows(t, offset, Math.min(limit, 500)), total: t.length };
  }

  async train(config: PipelineConfig, callbacks: TrainCallbacks): Promise<TrainOutcome> {
    // A new model supersedes any serving work on the old one: it stops at its next chunk.
    await this.desk.supersede();
    try {
      return await this.trainOnce(config, callbacks);
    } catch (e) {
      if (!this.contextLost) throw e;
      // The GPU context went away mid-run: fall back to WASM/CPU and train again from scratch.
      this.contextLost = false;
      this.forgetModel();
      // Keyed so the next run with this preference keeps the fallback instead of re-racing WebGL.
      this.choiceKey = config.backend === 'auto' ? `auto|${workloadKey(workloadOf(config, this.requireData()))}` : config.backend;
      this.backendChoice = chooseBackend(['wasm', 'cpu'], this.options.wasmPaths).then((c) => ({
        ...c,
        reason: `The WebGL context was lost during training, so training restarted here. ${c.reason}`,
      }));
      const backend = await this.backendChoice;
      callbacks.onRestart?.(`The WebGL context was lost; training restarted from epoch 1 on ${backend.backend}.`);
      return this.trainOnce(config, callbacks);
    }
  }

  private async trainOnce(config: PipelineConfig, callbacks: TrainCallbacks): Promise<TrainOutcome> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (!this.data || this.key !== dataKey(config)) await this.prepare(config);
    const data = this.requireData();
    const backend = await this.backend(config.backend, workloadOf(config, data));
    this.forgetModel();
    const unwatch = watchContextLoss(() => {
      this.contextLost = true;
      controller.abort();
    });
    try {
      const result = await trainForConfig(config, data, {
        signal: controller.signal,
        onEpoch: (e) => void callbacks.onEpoch(e),
        onProgress: callbacks.onProgress ? (f, ms) => void callbacks.onProgress?.(f, ms) : undefined,
        probeRows: callbacks.onEpochPredictions ? (this.probeRows ?? undefined) : undefined,
        onEpochPredictions: (epoch, p) => void callbacks.onEpochPredictions?.(epoch, Comlink.transfer(p, [p.buffer])),
      });
      this.model = result.model;
      this.epochs = result.epochs;
      this.trainedConfig = config;
      this.desk.noteBackend(activeBackend());
      const { signal } = controller;
      const validation = scoredRows(data.validation.y, await predictProba(result.model, data.validation, { signal }));
      const training = scoredRows(data.train.y, await predictProba(result.model, data.train, { signal }));
      return movedToPage({ epochs: result.epochs, backend, ms: result.ms, validation, training });
    } finally {
      unwatch();
      if (this.controller === controller) this.controller = null;
    }
  }

  async simulateContextLoss(): Promise<boolean> {
    return loseWebglContext();
  }

  async validationRow(index: number): Promise<ValidationRow> {
    const data = this.requireData();
    const n = data.split.validation.length;
    const k = Math.min(n - 1, Math.max(0, Math.floor(index)));
    const row = data.split.validation[k];
    const values = data.featureNames.map((name) => data.features.columns[name][row]);
    return { index: k, values, label: data.features.columns.converted[row] >= 0.5 ? 1 : 0 };
  }

  async trace(values: number[], threshold: number): Promise<PredictionTrace> {
    const data = this.requireData();
    if (values.length !== data.featureNames.length || values.some((v) => !Number.isFinite(v))) {
      throw new Error(`A trace needs ${data.featureNames.length} finite feature values`);
    }
    return traceLayers(this.requireModel(), encodeValues(data.prep, values), threshold);
  }

  monitorCheck(config: PipelineConfig, ticks: number): Promise<RunSummary['monitoring']> {
    return this.desk.serial(async () => {
      const reports = await monitorRun(config, this.requireData(), this.requireModel(), ticks, runRngs(config.seed).stream);
      return monitoringSummary(config, reports);
    });
  }

  private context(): ServingContext {
    const model = this.requireModel();
    const trained = this.trainedConfig;
    if (!trained) throw new Error('No trained model yet: train the model first');
    return { model, data: this.requireData(), trained, epochs: this.epochs, backend: activeBackend() };
  }

  deploymentReport: EngineApi['deploymentReport'] = (config) => this.desk.deploymentReport(config);
  reproducibilityCheck: EngineApi['reproducibilityCheck'] = (config) => this.desk.reproducibilityCheck(config);
  raceBackends: EngineApi['raceBackends'] = () => this.desk.raceBackends();
  packageFiles: EngineApi['packageFiles'] = (config, dtype, latency) => this.desk.packageFiles(config, dtype, latency);
  quantizationView: EngineApi['quantizationView'] = (config) =>
    this.desk.serial(async () => quantizationView(this.requireModel(), this.requireData().validation, config.threshold));
  skewDemo: EngineApi['skewDemo'] = (config, skew) => this.desk.skewDemo(config, skew);
  monitorStart: EngineApi['monitorStart'] = (config) => this.desk.monitorStart(config);
  monitorStep: EngineApi['monitorStep'] = (n) => this.desk.monitorStep(n);
  monitorRetrain: EngineApi['monitorRetrain'] = () => this.desk.monitorRetrain();
  monitorRollback: EngineApi['monitorRollback'] = () => this.desk.monitorRollback();
  monitorSetThreshold: EngineApi['monitorSetThreshold'] = (t) => this.desk.monitorSetThreshold(t);
  monitorStop: EngineApi['monitorStop'] = () => this.desk.monitorStop();

  async compareRun(config: PipelineConfig): Promise<RunSummary> {
    this.compareController?.abort();
    const controller = new AbortController();
    this.compareController = controller;
    try {
      // The backend already in use (choosing another would free the app's own model); the first choice otherwise.
      const backend = await (this.backendChoice ?? this.backend(config.backend));
      const run = await runPipeline(config, { backend, signal: controller.signal });
      run.model.dispose();
      return run.summary;
    } finally {
      if (this.compareController === controller) this.compareController = null;
    }
  }

  async fixRun(scenario: FixScenarioId, fixed: boolean, seed: number): Promise<FixOutcome> {
    // Shares the compare run's slot: both are side runs that leave the app's own model alone.
    this.compareController?.abort();
    const controller = new AbortController();
    this.compareController = controller;
    try {
      await (this.backendChoice ?? this.backend('auto'));
      return await runFixScenario(scenario, fixed, seed, controller.signal);
    } finally {
      if (this.compareController === controller) this.compareController = null;
    }
  }

  cancelCompare(): void {
    this.compareController?.abort();
    this.compareController = null;
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = null;
  }

  async numTensors(): Promise<number> {
    return tensorCount();
  }

  private forgetModel(): void {
    this.desk.closeSession();
    this.model?.dispose();
    this.model = null;
    this.epochs = [];
    this.trainedConfig = null;
  }

  /** Frees the model (tests call this to check for leaks). */
  dispose(): void {
    this.cancel();
    this.cancelCompare();
    this.forgetModel();
  }
}

/** The training rows behind the dot view's training marks, in mark order. */
function probeRowsOf(dots: DotData): Uint32Array {
  return dots.trainMarks.map((mark) => dots.splitPos[mark]);
}
