/**
 * For views that adapt to the learning mode and the classroom settings. Stage
 * views can use these instead of the CSS fallback in styles.css: e.g.
 * `if (useControlHidden('knobs')) return null;` in a settings panel, or
 * `useMode() === 'guided'` to keep advanced knobs out of guided mode.
 */
import { useLabStore } from '../store/lab-store';
import type { HideGroup, LearningMode } from '../store/view-settings';

export function useMode(): LearningMode {
  return useLabStore((s) => s.mode);
}

/** True when the classroom settings hide this group of controls. */
export function useControlHidden(group: HideGroup): boolean {
  return useLabStore((s) => s.hidden.includes(group));
}

/** True when advanced settings should be offered: everywhere except guided mode. */
export function useAdvancedVisible(): boolean {
  return useLabStore((s) => s.mode !== 'guided' && !s.hidden.includes('knobs'));
}
