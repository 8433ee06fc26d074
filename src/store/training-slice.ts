/**
 * Stage 4 (and 5's inputs): training status, the live epoch trace, and the
 * validation probabilities the validation views draw from. A finished run
 * hands over to the serving chain (lab-flow.ts): deployment report, then the
 * monitoring check run.
 */
import type { StateCreator } from 'zustand';
import type { BackendChoice } from '../ml/backend';
import { dataIsStale, type PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import { errorMessage, type LabController } from './lab-controller';
import { forgetModelResults, refreshQuantView, runServingChain } from './lab-flow';
import type { ScoredRows } from '../worker/protocol';
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
  /** The serving chain after training: deployment report, then the monitoring check run. */
  servingStatus: 'idle' | 'running' | 'done' | 'error';
  /** One line per finished training run this session, newest last (for with/without comparisons). */
  history: TrainingRecord[];
  /** The configuration the current model was trained with. */
  trainedConfig: PipelineConfig | null;
  /** The configuration of the run in progress (settings edited meanwhile do not change it). */
  runConfig: PipelineConfig | null;
  /** Trains on the current data (rebuilding it first if a data setting changed), then runs the serving chain. */
  train(): Promise<void>;
  stopTraining(): void;
  /** Forgets the trained model's results (new data makes them stale). */
  resetTraining(): void;
}

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
  /** The dot view's per-epoch answers (dot-slice.ts) belong to the run they came from. */
  epochPredictions: [] as Float32Array[],
  quantView: null,
  quantViewStatus: 'idle' as const,
};

export const createTrainingSlice =
  (ctl: LabController): StateCreator<LabState, [], [], TrainingSlice> =>
  (set, get) => ({
    ...initial,
    // Written only by the serving chain (lab-flow.ts).
    servingStatus: 'idle',
    backend: null,
    history: [],
    async train() {
      // Settings that change the data were edited since it was prepared: rebuild it first, so the
      // card lines and the model describe the same data.
      const before = get();
      if (!before.snapshot || dataIsStale(before.config, before.preparedConfig)) {
        await before.prepareData();
        if (get().dataStatus !== 'ready') return;
      }
      const mine = ctl.begin('train');
      forgetModelResults(ctl, set);
      const config = get().config;
      set({ ...initial, trainStatus: 'training', runConfig: config });
      // Comlink delivers the callbacks on their own MessagePort, so an epoch can arrive after the
      // run's result: callbacks count only while this run is the current one and still training.
      const live = (): boolean => ctl.isCurrent('train', mine) && get().trainStatus === 'training';
      let outcome;
      try {
        outcome = await ctl.engine.train(config, {
          onEpoch: (e) => {
            // Epoch n lands at index n-1, so a duplicated message can never add a row.
            if (live()) set((s) => ({ epochs: [...s.epochs.slice(0, e.epoch - 1), e] }));
          },
          onProgress: (f, elapsedMs) => {
            if (live()) set({ progress: f, progressElapsedMs: elapsedMs });
          },
          onEpochPredictions: (epoch, p) => {
            if (live()) get().recordEpochPredictions(epoch, p);
          },
          onRestart: (reason) => {
            if (!live()) return;
            set({ epochs: [], epochPredictions: [], progress: 0, progressElapsedMs: 0 });
            get().addNotices([reason]);
          },
        });
      } catch (e) {
        // Stop and newer runs bump the token before they cancel: a superseded run's rejection is dropped here.
        if (ctl.isCurrent('train', mine)) set({ trainStatus: 'error', trainError: errorMessage(e) });
        return;
      }
      if (!ctl.isCurrent('train', mine)) return;
      set({
        trainStatus: 'done',
        trainedConfig: config,
        progress: 1,
        epochs: outcome.epochs,
        backend: outcome.backend,
        trainMs: outcome.ms,
        validationScores: outcome.validation,
        trainingScores: outcome.training,
        history: [...get().history, recordOf(config, outcome.epochs)].slice(-20),
      });
      const chain = runServingChain(ctl, set, get, mine);
      // Trained while stage 6 shows (the demo, a second tab's link): its picture is measured after the report.
      refreshQuantView(get);
      await chain;
    },
    stopTraining() {
      if (get().trainStatus !== 'training') return;
      ctl.begin('train');
      ctl.engine.cancel();
      set({ ...initial, trainStatus: 'cancelled' });
    },
    resetTraining() {
      const wasTraining = get().trainStatus === 'training';
      ctl.begin('train');
      if (wasTraining) ctl.engine.cancel();
      forgetModelResults(ctl, set);
      set({ ...initial });
    },
  });
