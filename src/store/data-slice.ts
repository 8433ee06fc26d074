/** Stages 1–3: the prepared data's snapshot, refreshed by "Regenerate". */
import type { StateCreator } from 'zustand';
import type { PipelineConfig } from '../pipeline/config';
import type { DataSnapshot } from '../pipeline/snapshot';
import type { LabState } from './lab-store';
import { errorMessage, type LabController } from './lab-controller';

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
  prepareData(): Promise<void>;
}

export const createDataSlice =
  (ctl: LabController): StateCreator<LabState, [], [], DataSlice> =>
  (set, get) => ({
    snapshot: null,
    preparedConfig: null,
    dataStatus: 'idle',
    dataError: null,
    dataVersion: 0,
    async prepareData() {
      const mine = ctl.begin('data');
      get().resetTraining();
      set({ dataStatus: 'preparing', dataError: null });
      const config = get().config;
      try {
        const snapshot = await ctl.engine.prepare(config);
        if (!ctl.isCurrent('data', mine)) return;
        set((s) => ({ snapshot, preparedConfig: config, dataStatus: 'ready', dataVersion: s.dataVersion + 1 }));
      } catch (e) {
        if (ctl.isCurrent('data', mine)) set({ dataStatus: 'error', dataError: errorMessage(e) });
      }
    },
  });
