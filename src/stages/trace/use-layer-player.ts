/** Stepping through the trace's layers by hand, or playing them one every `intervalMs`. */
import { useEffect, useState } from 'react';

export function useLayerPlayer(count: number, intervalMs = 900) {
  const [layer, setLayer] = useState(0);
  const [playing, setPlaying] = useState(false);
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
