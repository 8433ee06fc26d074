/** Stages 1–3: the prepared data's snapshot, refreshed by "Regenerate". */
import type { StateCreator } from 'zustand';
import type { PipelineConfig } from '../pipeline/config';
import type { DataSnapshot } from '../pipeline/snapshot';
import type { EngineApi } from '../worker/protocol';
import type { LabState } from './lab-store';

export type DataStatus = 'idle' | 'preparing' | 'ready' | 'error';

export interface DataSlice {
  snapshot: DataSnapshot | null;
  /** The configuration the snapshot was made with. */
  preparedConfig: PipelineConfig | null;
  dataStatus: DataStatus;
  dataError: string | null;
  /** Bumps whenever new data replaces the old (views re-fetch pages on change). */
  dataVersion: number;
  /** Generates, cleans and engineers the data for the current config; clears any trained model. */
  prepareData(engine: Pick<EngineApi, 'prepare' | 'cancel'>): Promise<void>;
}

let token = 0;

export const createDataSlice: StateCreator<LabState, [], [], DataSlice> = (set, get) => ({
  snapshot: null,
  preparedConfig: null,
  dataStatus: 'idle',
  dataError: null,
  dataVersion: 0,
  async prepareData(engine) {
    const mine = ++token;
    get().resetTraining(engine);
    set({ dataStatus: 'preparing', dataError: null });
    const config = get().config;
    try {
      const snapshot = await engine.prepare(config);
      if (mine !== token) return;
      set((s) => ({ snapshot, preparedConfig: config, dataStatus: 'ready', dataVersion: s.dataVersion + 1 }));
    } catch (e) {
      if (mine !== token) return;
      set({ dataStatus: 'error', dataError: e instanceof Error ? e.message : String(e) });
    }
  },
});

/** Settings that change the data; when they differ from the prepared data, the learner must regenerate. */
export const DATA_KNOBS = ['seed', 'rows', 'faultRate', 'useEngineered'] as const;

export function dataIsStale(config: PipelineConfig, prepared: PipelineConfig | null): boolean {
  return !!prepared && DATA_KNOBS.some((k) => config[k] !== prepared[k]);
}
