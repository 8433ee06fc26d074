/**
 * Watches the page's main thread: the longest 'longtask' entry (tasks over
 * 50 ms) and, to see below that threshold, how late a 20 ms timer fires.
 */
import type { LongTaskResult } from './results';

const TIMER_MS = 20;

export interface MainThreadWatch {
  stop(): LongTaskResult;
}

export function watchMainThread(): MainThreadWatch {
  let maxMs: number | null = null;
  let count = 0;
  const record = (entries: PerformanceEntryList): void => {
    for (const e of entries) {
      count++;
      maxMs = Math.max(maxMs ?? 0, e.duration);
    }
  };
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const observer = supported ? new PerformanceObserver((list) => record(list.getEntries())) : null;
  observer?.observe({ type: 'longtask' });

  let maxDelay = 0;
  let expected = performance.now() + TIMER_MS;
  let timer = 0;
  const tick = (): void => {
    const now = performance.now();
    maxDelay = Math.max(maxDelay, now - expected);
    expected = now + TIMER_MS;
    timer = window.setTimeout(tick, TIMER_MS);
  };
  timer = window.setTimeout(tick, TIMER_MS);

  return {
    stop() {
      if (observer) {
        record(observer.takeRecords());
        observer.disconnect();
      }
      window.clearTimeout(timer);
      return { maxMs, count, maxTimerDelayMs: maxDelay, supported };
    },
  };
}
