/**
 * The dot view's animation in the built app: for each step the view draws, at
 * 10,000 and at 1,000,000 rows (where each mark stands for 100 rows), the
 * view's Replay is pressed and every requestAnimationFrame delta is recorded in
 * the page until the marks have come to rest, with the main thread's long tasks
 * meanwhile. The model is trained first so every step has its picture. The
 * step is opened and left to settle (its charts mounted) before the replay: this
 * measures the animation, not the step's first render (the million case counts those).
 */
import type { Browser, Page } from '@playwright/test';
import { DOT_STEP_IDS } from '../../src/components/dot-view/dot-steps';
import { STEPS } from '../../src/content/steps';

export interface DotTransition {
  readonly step: string;
  /** Frames drawn while the marks moved. */
  readonly frames: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Longest main-thread task during the transition; null when none was over 50 ms. */
  readonly longTaskMaxMs: number | null;
  readonly longTaskCount: number;
}

export type DotSize =
  | { readonly rows: number; readonly available: true; readonly stride: number; readonly transitions: DotTransition[] }
  | { readonly rows: number; readonly available: false; readonly reason: string };

export const DOT_SIZES = [10_000, 1_000_000] as const;

const POLL = { polling: 100, timeout: 10 * 60_000 } as const;

/** Quantile q (0–1) of `xs` by the nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface PageSample {
  readonly deltas: number[];
  readonly tasks: number[];
}

/**
 * In the page: press the view's Replay, record each frame's delta while the marks move, and stop
 * once they have rested for 30 frames in a row (Model Training replays its epochs one after another).
 */
function replayAndRecord(): Promise<PageSample> {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas.dot-canvas');
  const replay = [...document.querySelectorAll<HTMLButtonElement>('.dot-controls button')].find(
    (b) => b.textContent?.trim() === 'Replay',
  );
  if (!canvas || !replay) return Promise.reject(new Error('no dot view on this step'));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const deltas: number[] = [];
  return new Promise((resolve) => {
    // Deltas between animation frames' own timestamps (a frame's timestamp can precede performance.now()
    // read in the task before it, so the first frame only starts the clock).
    let last = Number.NaN;
    let resting = 0;
    const started = performance.now();
    const tick = (now: number): void => {
      const moving = document.querySelector<HTMLCanvasElement>('canvas.dot-canvas')?.dataset.moving === 'true';
      if (moving && !Number.isNaN(last)) deltas.push(now - last);
      last = now;
      resting = moving ? 0 : resting + 1;
      if ((resting >= 30 && deltas.length > 1) || performance.now() - started > 30_000) {
        // Long-task entries are delivered after their task: one more task boundary before reading them.
        setTimeout(() => {
          observer.disconnect();
          resolve({ deltas, tasks });
        }, 0);
      } else requestAnimationFrame(tick);
    };
    replay.click();
    requestAnimationFrame(tick);
  });
}

const stepButton = (page: Page, label: string) =>
  page.locator('nav.stepper button', { has: page.locator(`.step-label:text-is("${label}")`) });

/** Opens a step and waits until its picture rests and its charts are drawn. */
async function openAndSettle(page: Page, label: string): Promise<void> {
  await stepButton(page, label).click();
  await page.waitForFunction(
    () => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.dot-canvas');
      return c?.dataset.moving === 'false' && !document.querySelector('.chart-loading');
    },
    undefined,
    POLL,
  );
}

async function train(page: Page): Promise<void> {
  await stepButton(page, 'Train').click();
  const button = page.locator('section.training-run button', { hasText: /^Train$/ });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('section.training-run button')].some(
        (b) => b.textContent?.trim() === 'Train' && !(b as HTMLButtonElement).disabled,
      ),
    undefined,
    POLL,
  );
  await button.click();
  await page.waitForFunction(
    () => document.querySelector('section.training-run [role="status"]')?.textContent?.startsWith('Trained'),
    undefined,
    POLL,
  );
}

async function oneSize(browser: Browser, baseUrl: string, rows: number): Promise<DotSize> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    // tsx compiles this file keeping function names (`__name(tick, "tick")`); the page needs the helper too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`${baseUrl}/#v=1&mode=explore&rows=${rows}&step=collection`);
    await page.locator('canvas.dot-canvas').waitFor({ timeout: POLL.timeout });
    await train(page);
    const caption = (await page.locator('figure.dot-view figcaption').textContent()) ?? '';
    const stride = Number(/stands for ([\d,]+) rows/.exec(caption)?.[1].replace(/,/g, '') ?? 1);
    const transitions: DotTransition[] = [];
    for (const id of DOT_STEP_IDS) {
      const info = STEPS.find((s) => s.id === id);
      if (!info) continue;
      await openAndSettle(page, info.short);
      let { deltas, tasks } = await page.evaluate(replayAndRecord);
      // A picture replaced mid-replay (stage 6's measurement arriving at 1M rows) can end a replay after a
      // frame or two: settle and replay once more rather than report two frames as a transition.
      if (deltas.length < 10) {
        await openAndSettle(page, info.short);
        ({ deltas, tasks } = await page.evaluate(replayAndRecord));
      }
      transitions.push({
        step: info.title,
        frames: deltas.length,
        p50Ms: quantile(deltas, 0.5),
        p95Ms: quantile(deltas, 0.95),
        maxMs: Math.max(...deltas),
        longTaskMaxMs: tasks.length ? Math.max(...tasks) : null,
        longTaskCount: tasks.length,
      });
    }
    return { rows, available: true, stride, transitions };
  } catch (e) {
    return { rows, available: false, reason: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    await page.close();
  }
}

export async function dotCase(browser: Browser, baseUrl: string, log: (line: string) => void): Promise<DotSize[]> {
  const out: DotSize[] = [];
  for (const rows of DOT_SIZES) {
    log(`  dot view at ${rows.toLocaleString('en-US')} rows…`);
    out.push(await oneSize(browser, baseUrl, rows));
  }
  return out;
}
