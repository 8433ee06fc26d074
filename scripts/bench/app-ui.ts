/**
 * The engine as a learner meets it: the built app itself, walked to Stage 4,
 * with Train pressed (a warm-up, then timed runs). The app's main thread also
 * renders the live epoch trace, so this is where jank would show. Times run
 * from the click to the status line saying "Trained".
 */
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../../src/bench/results';

export type AppUiResult =
  | {
      readonly available: true;
      readonly clickToTrainedMs: Summary;
      readonly longTaskMaxMs: number | null;
      readonly longTaskCount: number;
    }
  | { readonly available: false; readonly reason: string };

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
  }
}

/** After "Trained" the app compresses and monitors the model in the same worker (~0.5 s here): let it finish. */
const SETTLE_MS = 2000;

interface RunWindow {
  readonly start: number;
  readonly end: number;
}

/** In the page: press Train; resolves once the status reads "Trained" after having read "Training". */
function pressTrain(): Promise<RunWindow> {
  const status = document.querySelector('section.training-run [role="status"]');
  const button = [...document.querySelectorAll('section.training-run button')].find((b) => b.textContent?.trim() === 'Train');
  if (!status || !(button instanceof HTMLButtonElement)) return Promise.reject(new Error('no Train button or status line'));
  return new Promise((resolveRun, reject) => {
    let seenTraining = false;
    const started = performance.now();
    const timeout = setTimeout(() => reject(new Error(`still "${status.textContent}" after 60 s`)), 60_000);
    const observer = new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (text.startsWith('Training')) seenTraining = true;
      else if (seenTraining && text.startsWith('Trained')) {
        observer.disconnect();
        clearTimeout(timeout);
        resolveRun({ start: started, end: performance.now() });
      } else if (seenTraining) {
        observer.disconnect();
        clearTimeout(timeout);
        reject(new Error(`training ended with "${text}"`));
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    button.click();
  });
}

export async function appUiCase(browser: Browser, baseUrl: string, runs: number): Promise<AppUiResult> {
  const page = await browser.newPage();
  try {
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.goto(`${baseUrl}/#v=1&mode=explore`);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
    await page.waitForFunction(
      () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Train' && !b.disabled),
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => {
      const entries: { start: number; duration: number }[] = [];
      window.__benchLongTasks = entries;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) entries.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    await page.evaluate(pressTrain); // warm-up: the worker starts its backend
    await page.waitForTimeout(SETTLE_MS);
    const windows: RunWindow[] = [];
    for (let i = 0; i < runs; i++) {
      windows.push(await page.evaluate(pressTrain));
      await page.waitForTimeout(SETTLE_MS); // also lets long-task entries arrive
    }
    const entries = await page.evaluate(() => window.__benchLongTasks ?? []);
    // Only tasks that overlap a timed training run count.
    const during = entries.filter((e) => windows.some((w) => e.start < w.end && e.start + e.duration > w.start));
    return {
      available: true,
      clickToTrainedMs: summarize(windows.map((w) => w.end - w.start)),
      longTaskMaxMs: during.length ? Math.max(...during.map((e) => e.duration)) : null,
      longTaskCount: during.length,
    };
  } catch (e) {
    return { available: false, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    await page.close();
  }
}
