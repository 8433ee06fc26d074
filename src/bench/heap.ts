/**
 * Heap samples for the data-scaling case. Under `npm run bench` the runner
 * exposes `__benchHeap`, which asks Chromium (CDP Runtime.getHeapUsage) for the
 * JS heap plus ArrayBuffer backing stores — the pipeline's columns are typed
 * arrays, which `performance.memory` does not count. Opened by hand, the page
 * falls back to `performance.memory` (JS heap only).
 */
import type { HeapSource } from './results';

declare global {
  interface Window {
    /** Provided by scripts/bench/run.ts: used JS heap + array-buffer backing stores, bytes. */
    __benchHeap?: () => Promise<number>;
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
}

export interface HeapSampler {
  readonly source: HeapSource;
  sample(): Promise<number>;
}

export function heapSampler(): HeapSampler {
  const exposed = window.__benchHeap;
  if (typeof exposed === 'function') return { source: 'cdp', sample: () => exposed() };
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (memory) return { source: 'performance.memory', sample: async () => memory.usedJSHeapSize };
  return { source: 'none', sample: async () => NaN };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Full garbage collections (when exposed), with a pause for array buffers to be freed. */
export async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    window.gc?.();
    await pause(50);
  }
}
