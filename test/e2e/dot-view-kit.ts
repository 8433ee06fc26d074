/** The dot view's browser-test helpers: where it is, its frames and pictures, its labels, and walking the run to each stage. */
import type { Page } from '@playwright/test';
import { DOT_STEP_IDS } from '../../src/components/dot-view/dot-steps';
import { STEPS } from '../../src/content/steps';
import { expect } from './fixtures';

/** The titles of the steps the dot view draws (all seven stages), as the app's own step list names them. */
export const STAGES = DOT_STEP_IDS.map((id) => STEPS.find((s) => s.id === id)!.title);

export const dotView = (page: Page) => page.getByRole('figure', { name: /Every row as a mark/ });
export const canvas = (page: Page) => dotView(page).getByRole('img', { name: /The rows as marks/ });

/**
 * Two consecutive animation frames of the canvas (its pixels and frame counter), taken
 * once the transition is past its slow start (eased motion moves under a pixel at first).
 */
export async function twoFrames(page: Page, skipSlowStart = true) {
  return page.evaluate(async (skip) => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.dot-canvas')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; skip && i < 600 && c.dataset.moving === 'true' && Number(c.dataset.progress) < 0.25; i++) await frame();
    const a = { pixels: c.toDataURL(), frames: Number(c.dataset.frames) };
    await frame();
    const b = { pixels: c.toDataURL(), frames: Number(c.dataset.frames) };
    return { a, b, moving: c.dataset.moving };
  }, skipSlowStart);
}

const card = (page: Page, n: number) => page.getByRole('region', { name: `Stage ${n} on the lesson card` });
const int = (s: string) => Number(s.replace(/,/g, ''));

/** Each stage's counts in the view equal its card line (the unit tests check every count; this, the built app). */
export async function expectCountsMatchCard(page: Page, n: number) {
  const text = (await card(page, n).textContent()) ?? '';
  const shapes = [...text.matchAll(/([\d,]+) rows × (\d+) columns/g)].map((m) => [int(m[1]), Number(m[2])]);
  const f = (x: number) => x.toLocaleString('en-US');
  const view = dotView(page);
  // The label reads "10,000 sessions collected · …", or "10,000 sessions · …" where that does not fit (390 px).
  if (n === 1) await expect(view).toContainText(new RegExp(`${f(shapes[0][0])} sessions( collected)? ·`));
  if (n === 2) await expect(view).toContainText(`${f(shapes[0][0])} → ${f(shapes[1][0])} rows kept`);
  if (n === 3) await expect(view).toContainText(`${f(shapes[0][0])} rows · ${shapes[0][1]} → ${shapes[1][1]} columns`);
  if (n === 4) await expect(view).toContainText(`training ${f(shapes[0][0])} (80 %)`);
  if (n === 5) await expect(view).toContainText(`model ${/Accuracy = ([\d.]+ %)/.exec(text)?.[1]}`);
  if (n === 6) await expect(view).toContainText(/on \d+ of 256 uint8 levels/);
  if (n === 7) {
    const fired = /accuracy drop below [\d.]+ %: rolling accuracy ([\d.]+ %) at batch (\d+)/.exec(text);
    expect(fired, 'the card line names the first accuracy alert').not.toBeNull();
    await expect(view).toContainText(`The accuracy alert fired at batch ${fired![2]} (rolling accuracy ${fired![1]})`);
  }
}

/**
 * The live stream for stage 7's picture: Start, wait until the view labels the batch where the
 * accuracy alert fired (a visible condition, not a time), then Pause so the picture holds still.
 */
export async function streamUntilAlert(page: Page) {
  await openStep(page, 7);
  await streamButton(page, 'Start').click();
  await expect(dotView(page)).toContainText(/The accuracy alert fired at batch \d+/, { timeout: 90_000 });
  await streamButton(page, 'Pause').click();
  await expect(streamButton(page, 'Start')).toBeVisible();
}

/** The live stream's Start / Pause (the dot view's own Pause is a toggle, with aria-pressed). */
export const streamButton = (page: Page, name: 'Start' | 'Pause') =>
  page.getByRole('button', { name, exact: true }).and(page.locator(':not([aria-pressed])'));

/** Ends the stage's transition; on Model Training, steps through every epoch to the last one's picture. */
export async function skipToEnd(page: Page) {
  const epochs = dotView(page).getByRole('button', { name: 'Next epoch' });
  if (!(await epochs.isVisible())) {
    await dotView(page).getByRole('button', { name: 'Skip to end' }).click();
    return;
  }
  await expect
    .poll(
      async () => {
        await epochs.click();
        return dotView(page).locator('.dot-epoch').textContent();
      },
      { message: 'the dot view reaches the last epoch' },
    )
    .toMatch(/^Epoch (\d+) of \1 —/);
  await epochs.click();
}

/**
 * The settled picture, read back from the canvas: how many device pixels carry ink (the
 * background is transparent) and a hash of all of them, so two pictures can be compared.
 */
export async function settledPicture(page: Page) {
  await expect(canvas(page)).toHaveAttribute('data-moving', 'false');
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.dot-canvas')!;
    const px = new Uint32Array(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.buffer);
    let inked = 0;
    let hash = 2166136261;
    for (let i = 0; i < px.length; i++) {
      if (px[i] !== 0) inked++;
      hash = Math.imul(hash ^ px[i], 16777619) >>> 0;
    }
    return { inked, area: px.length, hash };
  });
}

/** Every label's box lies inside the picture (which clips what leaves it), clear of every other label, and no text is cut short. */
export async function expectLabelsClear(page: Page, where: string) {
  const { stage, labels, cut } = await dotView(page).evaluate((fig) => {
    const r = (e: Element) => {
      const b = e.getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    };
    return {
      stage: r(fig.querySelector('.dot-stage')!),
      labels: [...fig.querySelectorAll('.dot-label')].map((e) => ({ text: e.textContent ?? '', ...r(e) })),
      // Text cut short by its box (Feature Engineering's new column names end in an ellipsis when squeezed).
      cut: [...fig.querySelectorAll<HTMLElement>('.dot-label, .join-new')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent ?? ''),
    };
  });
  expect(cut, `text cut short on ${where}`).toEqual([]);
  const EPS = 0.5;
  const problems: string[] = [];
  labels.forEach((a, i) => {
    if (a.x < stage.x - EPS || a.y < stage.y - EPS || a.x + a.w > stage.x + stage.w + EPS || a.y + a.h > stage.y + stage.h + EPS)
      problems.push(`“${a.text}” leaves the picture`);
    for (const b of labels.slice(i + 1))
      if (a.x + EPS < b.x + b.w && b.x + EPS < a.x + a.w && a.y + EPS < b.y + b.h && b.y + EPS < a.y + a.h)
        problems.push(`“${a.text}” overlaps “${b.text}”`);
  });
  expect(problems, `labels on ${where}`).toEqual([]);
}

export async function openStep(page: Page, n: number) {
  await page.getByRole('button', { name: new RegExp(`^${n} [A-Z]`) }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(STAGES[n - 1]);
  await expect(canvas(page)).toBeVisible();
}

export async function train(page: Page) {
  await openStep(page, 4);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
    timeout: 90_000,
  });
}
