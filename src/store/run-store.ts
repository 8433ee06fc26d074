/**
 * The app's run state: configuration and plain-data results only (never
 * tensors or models). Components select single fields.
 */
import { create } from 'zustand';
import { DEFAULT_CONFIG, type PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import type { RunSummary } from '../pipeline/summary';
import type { EngineClient } from '../worker/engine-client';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunState {
  config: PipelineConfig;
  status: RunStatus;
  epochs: EpochRecord[];
  summary: RunSummary | null;
  error: string | null;
  /** Starts a run on `engine`; epochs stream in as they finish. */
  start(engine: Pick<EngineClient, 'run'>): Promise<void>;
  cancel(engine: Pick<EngineClient, 'cancel'>): void;
}

let runId = 0;

export const useRunStore = create<RunState>()((set, get) => ({
  config: { ...DEFAULT_CONFIG },
  status: 'idle',
  epochs: [],
  summary: null,
  error: null,
  async start(engine) {
    const id = ++runId;
    set({ status: 'running', epochs: [], summary: null, error: null });
    try {
      const summary = await engine.run(get().config, {
        onEpoch: (e) => {
          if (id === runId) set((s) => ({ epochs: [...s.epochs, e] }));
        },
      });
      if (id === runId) set({ status: 'done', summary, epochs: summary.epochs });
    } catch (e) {
      if (id !== runId) return;
      const message = e instanceof Error ? e.message : String(e);
      set(/cancel/i.test(message) ? { status: 'cancelled' } : { status: 'error', error: message });
    }
  },
  cancel(engine) {
    runId++;
    engine.cancel();
    set({ status: 'cancelled' });
  },
}));
