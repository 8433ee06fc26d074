/**
 * Stepping through the trace's layers by hand, or playing them one every `intervalMs`;
 * a new `playSignal` (the presenter's demo, store/slide-slice.ts) plays them from the first.
 */
import { useEffect, useState } from 'react';

export function useLayerPlayer(count: number, intervalMs = 900, playSignal = 0) {
  const [layer, setLayer] = useState(0);
  const [playing, setPlaying] = useState(false);
  // Adjusting state while rendering, as React documents, when the signal changes.
  const [signal, setSignal] = useState(playSignal);
  if (signal !== playSignal) {
    setSignal(playSignal);
    setLayer(0);
    setPlaying(true);
  }
  const last = count - 1;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = Math.min(last, layer + 1);
      setLayer(next);
      if (next >= last) setPlaying(false);
    }, intervalMs);
    return () => clearTimeout(timer);
  }, [playing, layer, last, intervalMs]);

  return {
    layer,
    playing,
    back() {
      setPlaying(false);
      setLayer((l) => Math.max(0, l - 1));
    },
    forward() {
      setPlaying(false);
      setLayer((l) => Math.min(last, l + 1));
    },
    play() {
      if (layer >= last) setLayer(0);
      setPlaying(true);
    },
    pause() {
      setPlaying(false);
    },
  };
}
