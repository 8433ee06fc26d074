/**
 * The one hook views ask about the learning mode and the classroom settings:
 * `useView().shows('training-knobs')`, `useView().entry.opening`, … (see
 * mode-registry.ts for the sections and what each mode shows).
 */
import { createContext, useContext, useMemo } from 'react';
import { useLabStore } from './lab-store';
import { viewOf, type View } from './mode-registry';

export function useView(): View {
  const mode = useLabStore((s) => s.mode);
  const hidden = useLabStore((s) => s.hidden);
  const embed = useLabStore((s) => s.embed);
  return useMemo(() => viewOf(mode, hidden, embed), [mode, hidden, embed]);
}

/**
 * Parts of a stage a focused (guided) step shows above its "More about this"
 * disclosure: the stage's own view leaves them out inside it, so each control
 * is on the page once.
 */
export type PlacedPart = 'cleaning-knobs' | 'training-run' | 'threshold' | 'accuracy-chart' | 'stream-button';

export const PlacedAboveContext = createContext<readonly PlacedPart[]>([]);

/** True when the step already shows `part` above this view. */
export function usePlacedAbove(part: PlacedPart): boolean {
  return useContext(PlacedAboveContext).includes(part);
}
