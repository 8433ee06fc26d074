/**
 * Stage 4 (and 5's inputs): training status, the live epoch trace, and the
 * validation probabilities the validation views draw from. After training the
 * serving stages (6, 7) are computed in the background.
 */
import type { StateCreator } from 'zustand';
import type { PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import type { BackendChoice } from '../ml/backend';
import type { EngineApi, ScoredRows } from '../worker/protocol';
import type { RunSummary } from '../pipeline/summary';
import { dataIsStale } from './data-slice';
import type { LabState } from './lab-store';

export type TrainStatus = 'idle' | 'training' | 'done' | 'cancelled' | 'error';

/** Labels, probabilities and their summary (sorted scores, ROC, loss), made once in the worker. */
export type Scored = ScoredRows;

export interface TrainingRecord {
  readonly seed: number;
  readonly rows: number;
  readonly useEngineered: boolean;
  readonly epochs: number;
  readonly valAccuracy: number;
  readonly valLoss: number;
}

export interface TrainingSlice {
  trainStatus: TrainStatus;
  trainError: string | null;
  epochs: EpochRecord[];
  /** Fraction of training steps done (0–1). */
  progress: number;
  /** Milliseconds the run had spent training when `progress` was reported (for the time-left estimate). */
  progressElapsedMs: number;
  backend: BackendChoice | null;
  trainMs: number | null;
  validationScores: Scored | null;
  trainingScores: Scored | null;
  serving: Pick<RunSummary, 'deployment' | 'monitoring'> | null;
  servingStatus: 'idle' | 'running' | 'done' | 'error';
  /** One line per finished training run this session, newest last (for with/without comparisons). */
  history: TrainingRecord[];
  /** The configuration the current model was trained with. */
  trainedConfig: PipelineConfig | null;
  /** The configuration of the run in progress (settings edited meanwhile do not change it). */
  runConfig: PipelineConfig | null;
  train(engine: Pick<EngineApi, 'prepare' | 'train' | 'cancel' | 'deployAndMonitor'>): Promise<void>;
  stopTraining(engine: Pick<EngineApi, 'cancel'>): void;
  /** Forgets the trained model's results (new data makes them stale). */
  resetTraining(engine: Pick<EngineApi, 'cancel'>): void;
}

/** Live batches the serving shells monitor after training. */
export const SHELL_TICKS = 60;

let token = 0;

function recordOf(config: PipelineConfig, epochs: readonly EpochRecord[]): TrainingRecord {
  const last = epochs[epochs.length - 1];
  return {
    seed: config.seed,
    rows: config.rows,
    useEngineered: config.useEngineered,
    epochs: epochs.length,
    valAccuracy: last?.valAccuracy ?? NaN,
    valLoss: last?.valLoss ?? NaN,
  };
}
const initial = {
  trainedConfig: null,
  runConfig: null,
  trainStatus: 'idle' as TrainStatus,
  trainError: null,
  epochs: [],
  progress: 0,
  progressElapsedMs: 0,
  trainMs: null,
  validationScores: null,
  trainingScores: null,
  serving: null,
  servingStatus: 'idle' as const,
};

export const createTrainingSlice: StateCreator<LabState, [], [], TrainingSlice> = (set, get) => ({
  ...initial,
  trainedConfig: null,
  backend: null,
  history: [],
  async train(engine) {
    // Settings that change the data were edited since it was prepared: rebuild it first, so the
    // card lines and the model describe the same data.
    const before = get();
    if (!before.snapshot || dataIsStale(before.config, before.preparedConfig)) {
      await before.prepareData(engine);
      if (get().dataStatus !== 'ready') return;
    }
    const mine = ++token;
    const config = get().config;
    set({ ...initial, trainStatus: 'training', runConfig: config });
    // Comlink delivers the callbacks on their own MessagePort, so an epoch can arrive after the
    // run's result: callbacks count only while this run is the current one and still training.
    const live = (): boolean => mine === token && get().trainStatus === 'training';
    try {
      const outcome = await engine.train(config, {
        onEpoch: (e) => {
          // Epoch n lands at index n-1, so a duplicated message can never add a row.
          if (live()) set((s) => ({ epochs: [...s.epochs.slice(0, e.epoch - 1), e] }));
        },
        onProgress: (f, elapsedMs) => {
          if (live()) set({ progress: f, progressElapsedMs: elapsedMs });
        },
        onRestart: (reason) => {
          if (!live()) return;
          set({ epochs: [], progress: 0, progressElapsedMs: 0 });
          get().addNotices([reason]);
        },
      });
      if (mine !== token) return;
      set({
        trainStatus: 'done',
        trainedConfig: config,
        progress: 1,
        epochs: outcome.epochs,
        backend: outcome.backend,
        trainMs: outcome.ms,
        validationScores: outcome.validation,
        trainingScores: outcome.training,
        servingStatus: 'running',
        history: [...get().history, recordOf(config, outcome.epochs)].slice(-20),
      });
      const serving = await engine.deployAndMonitor(config, SHELL_TICKS);
      if (mine === token)
        set({ serving: { deployment: serving.deployment, monitoring: serving.monitoring }, servingStatus: 'done' });
    } catch (e) {
      if (mine !== token) return;
      const message = e instanceof Error ? e.message : String(e);
      if (/cancel/i.test(message)) set({ trainStatus: 'cancelled', epochs: [], progress: 0 });
      else if (get().trainStatus === 'done') set({ servingStatus: 'error' });
      else set({ trainStatus: 'error', trainError: message });
    }
  },
  stopTraining(engine) {
    if (get().trainStatus !== 'training') return;
    token++;
    engine.cancel();
    set({ ...initial, trainStatus: 'cancelled' });
  },
  resetTraining(engine) {
    if (get().trainStatus === 'training') engine.cancel();
    token++;
    set({ ...initial });
  },
});
