/** Where the learner is and view-only settings (no results here). */
import type { StateCreator } from 'zustand';
import { STEPS } from '../content/steps';
import type { LabState } from './lab-store';

export interface UiSlice {
  /** Index into STEPS. */
  step: number;
  goTo(step: number): void;
  next(): void;
  back(): void;
}

const clampStep = (n: number): number => Math.min(STEPS.length - 1, Math.max(0, Math.round(n)));

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set, get) => ({
  step: 0,
  goTo: (step) => set({ step: clampStep(step) }),
  next: () => set({ step: clampStep(get().step + 1) }),
  back: () => set({ step: clampStep(get().step - 1) }),
});
