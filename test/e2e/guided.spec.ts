import type { Page } from '@playwright/test';
import { firstScreenWords } from '../fixtures/first-screen-words';
import { expect, test } from './fixtures';

const STEP_COUNT = 10;
const shots = process.env.GUIDED_SHOTS;

/** The step's one main visual: the dot view on stages 1–7, the trace, the quiz's question, the insight. */
function mainVisual(page: Page, i: number) {
  const main = page.getByRole('main');
  if (i < 7) return main.locator('figure.dot-view');
  if (i === 7) return main.locator('.trace-layers, .layer-diagram').first();
  if (i === 8) return main.getByRole('group').first();
  return main.locator('blockquote.insight');
}

async function skipPrompt(page: Page) {
  const skip = page.getByRole('main').getByRole('button', { name: 'Skip', exact: true });
  if (await skip.isVisible()) await skip.click();
}

async function trainInGuided(page: Page) {
  await page.getByRole('button', { name: /^4 Train\b/ }).click();
  await skipPrompt(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('main').getByText(/^Trained in/)).toBeVisible({ timeout: 90_000 });
}

test('a bare link opens Guided: the full shell on step 1, one line after it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Learning mode')).toHaveValue('guided');
  await expect(page.getByRole('region', { name: 'What this step teaches' })).toContainText(/sessions/);
  await expect(page.getByText(/A model that scores well once in a notebook/)).toBeVisible();
  await expect(page.getByText(/about 12 min left of 12 min/)).toBeVisible();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pipeline Lab');
  await expect(page.getByText(/A model that scores well once in a notebook/)).toHaveCount(0);
});

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const) {
  test(`at ${width} × ${height} every guided step shows its heading and main visual on the first screen, in ≤ 150 words`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await trainInGuided(page);
    await expect(page.getByRole('main').getByText(/^Compressing the model/)).toHaveCount(0, { timeout: 90_000 });
    const words: string[] = [];
    for (let i = 0; i < STEP_COUNT; i++) {
      await page.getByRole('navigation', { name: 'Pipeline steps' }).getByRole('button').nth(i).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      const heading = page.getByRole('heading', { level: 2 });
      await expect(heading).toBeInViewport({ ratio: 1 });
      const main = page.getByRole('main');
      const before = await main.evaluate(firstScreenWords);
      await skipPrompt(page);
      await expect(main.getByText('Drawing the rows…')).toHaveCount(0);
      const visual = mainVisual(page, i);
      await expect(visual).toBeVisible();
      // The heading and the visual's top part are on the first screen without scrolling.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(heading).toBeInViewport({ ratio: 1 });
      const box = await visual.boundingBox();
      expect(box, `step ${i + 1}`).not.toBeNull();
      // Step 1 keeps the title (every later step collapses the shell); on a phone its intro is one sentence.
      expect(box!.y, `step ${i + 1}: the main visual starts on the first screen`).toBeLessThan(height - 120);
      // The page never scrolls sideways (a visually hidden label inside the stepper's own scroller once made it 1,346 px wide).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `step ${i + 1}: page wider than the viewport`).toBeLessThanOrEqual(1);
      const after = await main.evaluate(firstScreenWords);
      words.push(`${i + 1}:${before}/${after}`);
      expect(Math.max(before, after), `step ${i + 1} words`).toBeLessThanOrEqual(150);
      if (shots) await page.screenshot({ path: `${shots}/guided-${width}-step-${i + 1}.png` });
    }
    test.info().annotations.push({ type: 'first-screen words (before/after the prompt)', description: words.join(' ') });
    // The README's reading-length table comes from this line (GUIDED_SHOTS=<dir> also saves the screenshots).
    if (shots) console.log(`first-screen words at ${width}: ${words.join(' ')}`);
  });
}

test('Predict mode: the stage’s answer is absent from the page until the guess is committed, then compared', async ({ page }) => {
  await page.goto('/#v=1&mode=predict');
  // Step 1: a committed guess reveals the class share (and shows the data is ready).
  await page.getByLabel('Your guess (%)').fill('30');
  await page.getByRole('button', { name: 'Commit my guess' }).click();
  await expect(page.getByRole('region', { name: 'Your prediction' })).toContainText(/the run converted [\d.]+ %/);
  await page.getByRole('button', { name: 'Next →' }).click();
  // Step 2: nothing of the cleaning result before the guess.
  await expect(page.getByText('Commit a guess to see this stage’s result.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip', exact: true })).toHaveCount(0);
  const before = await page.evaluate(() => document.body.textContent ?? '');
  await page.getByLabel('Your guess (rows)').fill('150');
  await page.getByRole('button', { name: 'Commit my guess' }).click();
  const reveal = page.getByRole('region', { name: 'Your prediction' });
  await expect(reveal).toContainText(/You guessed 150 rows; the run dropped [\d,]+ rows/);
  const dropped = /the run dropped ([\d,]+) rows/.exec((await reveal.textContent()) ?? '')![1];
  expect(before).not.toContain(`${dropped} rows`);
  expect(before).not.toContain(`${dropped} dropped`);
  await expect(page.locator('figure.dot-view')).toContainText(`${dropped} dropped`);
  expect(await page.evaluate(() => document.body.textContent ?? '')).toContain(`${dropped} dropped`);
  // The guesses are saved with the quiz progress.
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('pipeline-lab:progress') ?? '{}') as { guesses?: object },
  );
  expect(Object.keys(saved.guesses ?? {})).toHaveLength(2);
});
