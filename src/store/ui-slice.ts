/** Where the learner is and view-only settings (no results here). */
import type { StateCreator } from 'zustand';
import { WALK_STEPS } from '../content/steps';
import { afterModeChange, afterStepChange } from './lab-flow';
import type { LabState } from './lab-store';
import { DEFAULT_MODE, stepAfter, viewOf, type HideGroup, type LearningMode } from './mode-registry';
import { normaliseHidden } from './view-settings';

export interface UiSlice {
  /** Index into STEPS. */
  step: number;
  /** Messages about settings that were corrected (bad links, unreadable saved data). */
  notices: string[];
  /** The learning mode (an id of the mode registry; in the URL as `mode`). */
  mode: LearningMode;
  /** Control groups hidden by the classroom settings (in the URL as `hide`). */
  hidden: readonly HideGroup[];
  /** Chrome-less view for an iframe (in the URL as `embed=1`). */
  embed: boolean;
  addNotices(notices: readonly string[]): void;
  dismissNotices(): void;
  goTo(step: number): void;
  /** Next and Back as the mode's entry says (its steps, in its order; the classroom settings may skip some). */
  next(): void;
  back(): void;
  setMode(mode: LearningMode): void;
  setHidden(groups: readonly string[]): void;
  toggleHidden(group: HideGroup, hide: boolean): void;
}

// Within the walk: a mode-only step (review) is shown by its mode, whatever the step number says.
const clampStep = (n: number): number => Math.min(WALK_STEPS.length - 1, Math.max(0, Math.round(n)));

export const createUiSlice: StateCreator<LabState, [], [], UiSlice> = (set, get) => {
  const moveTo = (step: number): void => {
    const prev = get().step;
    // Every step opens on its first beat (present mode's slides).
    set({ step: clampStep(step), beat: 0 });
    afterStepChange(get, prev);
  };
  const walk = (direction: 1 | -1): void => {
    const s = get();
    moveTo(stepAfter(viewOf(s.mode, s.hidden), s.step, direction));
  };
  return {
    step: 0,
    notices: [],
    mode: DEFAULT_MODE,
    hidden: [],
    embed: false,
    // A link read twice (the same hash again, another tab's change) would repeat its notices: each is shown once.
    addNotices: (notices) => notices.length && set((s) => ({ notices: [...new Set([...s.notices, ...notices])].slice(-10) })),
    dismissNotices: () => set({ notices: [] }),
    goTo: moveTo,
    next: () => walk(1),
    back: () => walk(-1),
    // The demo and the blank screen belong to present mode: leaving it stops the one and lifts the other.
    setMode: (mode) => {
      if (mode !== 'present') {
        get().setDemoRunning(false);
        set({ blanked: false });
      }
      set({ mode });
      afterModeChange(get);
    },
    setHidden: (groups) => set({ hidden: normaliseHidden(groups) }),
    toggleHidden: (group, hide) =>
      set((s) => ({ hidden: normaliseHidden(hide ? [...s.hidden, group] : s.hidden.filter((g) => g !== group)) })),
  };
};
