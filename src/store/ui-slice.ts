/** Where the learner is and view-only settings (no results here). */
import type { StateCreator } from 'zustand';
import { STEPS } from '../content/steps';
import type { LabState } from './lab-store';

export interface UiSlice {
  /** Index into STEPS. */
  step: number;
  /** Messages about settings that were corrected (bad links, unreadable saved data). */
  notices: string[];
  addNotices(notices: readonly string[]): void;
  dismissNotices(): void;
  goTo(step: number): void;
  next(): void;
  back(): void;
}

const clampStep = (n: number): number => Math.min(STEPS.length - 1, Math.max(0, Math.round(n)));

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set, get) => ({
  step: 0,
  notices: [],
  addNotices: (notices) => notices.length && set((s) => ({ notices: [...s.notices, ...notices].slice(-10) })),
  dismissNotices: () => set({ notices: [] }),
  goTo: (step) => set({ step: clampStep(step) }),
  next: () => set({ step: clampStep(get().step + 1) }),
  back: () => set({ step: clampStep(get().step - 1) }),
});
