/** The dot view's per-epoch answers: what the model said about each training mark after every epoch. */
import type { StateCreator } from 'zustand';
import type { QuantizedWeights } from '../pipeline/dot-layout/layout-deployment';
import type { LabController } from './lab-controller';
import { refreshQuantView } from './lab-flow';
import type { LabState } from './lab-store';

export interface DotSlice {
  /**
   * Index epoch − 1: the model's probabilities for DataSnapshot.dots.trainMarks after that epoch,
   * as sent by the worker (one transferred array per epoch). Cleared when a run starts or is reset.
   */
  epochPredictions: readonly Float32Array[];
  recordEpochPredictions(epoch: number, p: Float32Array): void;
  /** Stage 6's weights before/after uint8 for the current model and threshold (null until measured). */
  quantView: QuantizedWeights | null;
  quantViewStatus: 'idle' | 'loading' | 'done' | 'error';
  /** Measures quantView for the trained model at the current threshold (lab-flow.ts asks when stage 6 shows). */
  loadQuantView(): Promise<void>;
}

export const createDotSlice =
  (ctl: LabController): StateCreator<LabState, [], [], DotSlice> =>
  (set, get) => ({
    epochPredictions: [],
    quantView: null,
    quantViewStatus: 'idle',
    async loadQuantView() {
      const { trainedConfig: model, config } = get();
      if (!model) return;
      set({ quantViewStatus: 'loading' });
      try {
        const view = await ctl.engine.quantizationView(config);
        // A newer model (or none) arrived meanwhile: this answer describes a model that is gone.
        if (get().trainedConfig !== model) return;
        set({ quantView: view, quantViewStatus: 'done' });
        // The threshold moved while measuring: measure for the newest one (if the step still shows).
        refreshQuantView(get);
      } catch {
        if (get().trainedConfig === model) set({ quantViewStatus: 'error' });
      }
    },
    recordEpochPredictions(epoch, p) {
      // Epoch n lands at index n − 1, so a repeated message replaces instead of adding.
      if (!Number.isInteger(epoch) || epoch < 1) return;
      set((s) => ({ epochPredictions: [...s.epochPredictions.slice(0, epoch - 1), p] }));
    },
  });
