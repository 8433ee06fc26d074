import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STAGES = [
  'Data Collection',
  'Data Cleaning',
  'Feature Engineering',
  'Model Training',
  'Model Validation',
  'Deployment Preparation',
];

const dotView = (page: Page) => page.getByRole('figure', { name: /Every row as a mark/ });
const canvas = (page: Page) => dotView(page).getByRole('img', { name: /The rows as marks/ });

/**
 * Two consecutive animation frames of the canvas (its pixels and frame counter), taken
 * once the transition is past its slow start (eased motion moves under a pixel at first).
 */
async function twoFrames(page: Page, skipSlowStart = true) {
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
async function expectCountsMatchCard(page: Page, n: number) {
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
}

async function openStep(page: Page, n: number) {
  await page.getByRole('button', { name: new RegExp(`^${n} [A-Z]`) }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(STAGES[n - 1]);
  await expect(canvas(page)).toBeVisible();
}

async function train(page: Page) {
  await openStep(page, 4);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
    timeout: 90_000,
  });
}

for (const width of [1280, 390]) {
  test(`dot view at ${width} px: marks move during each stage's transition, counts match the card, a screenshot per stage`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/#v=1&mode=explore');
    await train(page);
    for (let n = 1; n <= STAGES.length; n++) {
      await openStep(page, n);
      // Replay, then compare two consecutive frames (again after a fresh replay if the machine stalled past the end).
      await expect
        .poll(
          async () => {
            await dotView(page).getByRole('button', { name: 'Replay' }).click();
            const { a, b } = await twoFrames(page);
            return b.frames > a.frames && b.pixels !== a.pixels;
          },
          { message: `marks move between consecutive frames on step ${n}`, timeout: 30_000 },
        )
        .toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page wider than the viewport on step ${n}`).toBeLessThanOrEqual(1);
      await dotView(page)
        .getByRole('button', { name: /Skip to end|Next epoch/ })
        .click();
      await dotView(page).screenshot({ path: info.outputPath(`dot-view-step-${n}-${width}.png`) });
      await expectCountsMatchCard(page, n);
      if (width === 1280) {
        const axe = await new AxeBuilder({ page }).include('figure.dot-view').analyze();
        expect(axe.violations, `axe on the dot view, step ${n}`).toEqual([]);
      }
    }
    // The card line and the view state the same counts (Data Cleaning: 10,000 → 9,800).
    await openStep(page, 2);
    await expect(page.getByRole('region', { name: 'Stage 2 on the lesson card' })).toContainText('9,800 rows × 10 columns');
    await expect(dotView(page)).toContainText('10,000 → 9,800 rows kept');
  });
}

test('reduced motion: the dot view shows each end state without moving', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/#v=1&mode=explore');
  await train(page);
  for (let n = 1; n <= STAGES.length; n++) {
    await openStep(page, n);
    await dotView(page).getByRole('button', { name: 'Replay' }).click();
    const { a, b, moving } = await twoFrames(page);
    expect(moving).toBe('false');
    expect([a.frames, b.frames]).toEqual([0, 0]);
    expect(b.pixels).toBe(a.pixels);
    // The same end state's numbers as with motion.
    await expectCountsMatchCard(page, n);
  }
  await context.close();
});

test('keyboard: P pauses the marks mid-move, S steps to the end state, R replays', async ({ page }) => {
  await page.goto('/#v=1&mode=explore');
  await openStep(page, 2);
  await canvas(page).focus();
  await page.keyboard.press('r');
  await page.keyboard.press('p');
  await expect(dotView(page).getByRole('button', { name: 'Play', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const paused = await twoFrames(page, false);
  expect(paused.moving).toBe('true');
  expect(paused.b.frames).toBe(paused.a.frames);
  expect(paused.b.pixels).toBe(paused.a.pixels);
  await page.keyboard.press('s');
  await expect(canvas(page)).toHaveAttribute('data-moving', 'false');
  await page.keyboard.press('p');
  await page.keyboard.press('r');
  const replayed = await twoFrames(page);
  expect(replayed.b.frames).toBeGreaterThan(replayed.a.frames);
  // The keys work from the view's buttons too, and a live region says what they did.
  await dotView(page).getByRole('button', { name: 'Replay' }).focus();
  await page.keyboard.press('p');
  await expect(dotView(page).getByRole('button', { name: 'Play', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(dotView(page).getByRole('status')).toHaveText('Paused.');
  await page.keyboard.press('s');
  await expect(dotView(page).getByRole('status')).toContainText('At the end state.');
  await page.keyboard.press('p');
  await canvas(page).focus();
  // The arrow keys pick a row (and do not change the step).
  await page.keyboard.press('ArrowRight');
  await expect(dotView(page)).toContainText(/Row 1: day 1/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Data Cleaning');
});

test('Present mode at 1920 × 1080: the view’s labels are at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#v=1&mode=explore');
  await page.getByLabel('Learning mode').selectOption('present');
  await openStep(page, 2);
  const sizes = await dotView(page)
    .locator('.dot-label')
    .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
