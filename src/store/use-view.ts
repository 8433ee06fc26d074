/**
 * The one hook views ask about the learning mode and the classroom settings:
 * `useView().shows('training-knobs')`, `useView().entry.opening`, … (see
 * mode-registry.ts for the sections and what each mode shows).
 */
import { useMemo } from 'react';
import { useLabStore } from './lab-store';
import { viewOf, type View } from './mode-registry';

export function useView(): View {
  const mode = useLabStore((s) => s.mode);
  const hidden = useLabStore((s) => s.hidden);
  const embed = useLabStore((s) => s.embed);
  return useMemo(() => viewOf(mode, hidden, embed), [mode, hidden, embed]);
}
