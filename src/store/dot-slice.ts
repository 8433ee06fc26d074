/** The dot view's per-epoch answers: what the model said about each training mark after every epoch. */
import type { StateCreator } from 'zustand';
import type { LabState } from './lab-store';

export interface DotSlice {
  /**
   * Index epoch − 1: the model's probabilities for DataSnapshot.dots.trainMarks after that epoch,
   * as sent by the worker (one transferred array per epoch). Cleared when a run starts or is reset.
   */
  epochPredictions: readonly Float32Array[];
  recordEpochPredictions(epoch: number, p: Float32Array): void;
}

export const createDotSlice: StateCreator<LabState, [], [], DotSlice> = (set) => ({
  epochPredictions: [],
  recordEpochPredictions(epoch, p) {
    // Epoch n lands at index n − 1, so a repeated message replaces instead of adding.
    if (!Number.isInteger(epoch) || epoch < 1) return;
    set((s) => ({ epochPredictions: [...s.epochPredictions.slice(0, epoch - 1), p] }));
  },
});
