import type { Page } from '@playwright/test';
import { DOT_STEP_IDS } from '../../src/components/dot-view/dot-steps';
import { WALK_STEPS } from '../../src/content/steps';
import { expect, test } from './fixtures';

/** Present mode as slides, measured in a real browser at a projector's two usual sizes. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
/** The walkthrough's step titles, as the app's own step list names them. */
const TITLES = WALK_STEPS.map((s) => s.title);
/** The steps whose first beat is the dot view (a canvas that must fill the slide, not just its box). */
const DOT_STEPS = new Set(WALK_STEPS.flatMap((s, i) => (DOT_STEP_IDS.includes(s.id) ? [i] : [])));

const heading = (page: Page) => page.getByRole('heading', { level: 2 });
const visual = (page: Page) => page.getByRole('region', { name: 'Main visual' });
const status = (page: Page) => page.getByRole('region', { name: 'Presenter controls' }).getByRole('status');

async function trainedSlides(page: Page) {
  await page.goto('/#v=1&rows=2000&mode=present&step=training');
  await expect(visual(page).getByRole('img', { name: /The rows as marks/ })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(status(page)).toContainText('Model trained', { timeout: 90_000 });
}

test('every step: heading in the top 15 %, main visual ≥ 60 % of the screen, nothing below the fold (1920×1080 and 1280×720)', async ({
  page,
}) => {
  await trainedSlides(page);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const screen = size.width * size.height;
    for (const [i, title] of TITLES.entries()) {
      await page.getByRole('button', { name: new RegExp(`^${i + 1} [A-Z]`) }).click();
      await expect(heading(page)).toHaveText(title);
      if (DOT_STEPS.has(i)) await expect(visual(page).getByRole('img', { name: /The rows as marks/ })).toBeVisible();
      const h = await heading(page).boundingBox();
      const v = await visual(page).boundingBox();
      expect(h, title).not.toBeNull();
      expect(v, title).not.toBeNull();
      if (!h || !v) continue;
      const where = `${title} at ${size.width}×${size.height}`;
      expect(h.y, `heading top, ${where}`).toBeLessThanOrEqual(0.15 * size.height);
      expect((v.width * v.height) / screen, `visual share, ${where}`).toBeGreaterThanOrEqual(0.6);
      expect(v.y + v.height, `visual bottom, ${where}`).toBeLessThanOrEqual(size.height + 1);
      expect(await page.evaluate(() => document.documentElement.scrollHeight), `page height, ${where}`).toBeLessThanOrEqual(
        size.height,
      );
      if (DOT_STEPS.has(i)) {
        // The picture itself, not only its frame, takes a large part of the screen.
        const c = await visual(page).locator('canvas').first().boundingBox();
        expect(c && (c.width * c.height) / screen, `canvas share, ${where}`).toBeGreaterThanOrEqual(0.3);
      }
    }
  }
});

test('at 1920×1080 the text in the visuals is at least 24 px (dot view, epoch charts, monitoring chart)', async ({ page }) => {
  await page.setViewportSize(SIZES[0]);
  await trainedSlides(page);
  /** Font sizes (px) of every element in the visual that shows text of its own. */
  const sizes = () =>
    visual(page).evaluate((root) =>
      [...root.querySelectorAll<HTMLElement | SVGElement>('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
        .filter((el) => el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary), .visually-hidden'))
        .map((el) => ({ text: el.textContent?.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) })),
    );
  const check = async (where: string) => {
    const small = (await sizes()).filter((s) => s.px < 24);
    expect(small, where).toEqual([]);
  };
  await page.getByRole('button', { name: /^2 [A-Z]/ }).click();
  await expect(visual(page).getByRole('img', { name: /The rows as marks/ })).toBeVisible();
  await check('cleaning dot view');
  await page.getByRole('button', { name: /^4 [A-Z]/ }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByText('Loss and accuracy curves')).toBeVisible();
  await expect(visual(page).locator('svg text').first()).toBeVisible();
  await check('epoch charts');
  await page.getByRole('button', { name: /^7 [A-Z]/ }).click();
  await expect(visual(page).getByRole('img', { name: /The rows as marks/ })).toBeVisible();
  await check('monitoring dot view');
  await page.keyboard.press('PageDown');
  await expect(visual(page).locator('svg text').first()).toBeVisible();
  await check('monitoring chart');
});

test('PageDown / PageUp walk the beats, then the steps; B blanks the screen', async ({ page }) => {
  await page.goto('/#v=1&rows=2000&mode=present');
  await expect(heading(page)).toHaveText('Data Collection');
  await expect(page.getByText('beat 1 of 2')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByText('beat 2 of 2')).toBeVisible();
  await expect(heading(page)).toHaveText('Data Collection');
  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText('Data Cleaning');
  await expect(page.getByText('beat 1 of 2')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(heading(page)).toHaveText('Data Collection');
  await expect(page.getByText('beat 2 of 2')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Data Cleaning');
  await page.keyboard.press('b');
  const blank = page.getByRole('dialog', { name: /screen is blanked/ });
  await expect(blank).toBeVisible();
  const box = await blank.boundingBox();
  expect(box && box.width * box.height).toBeGreaterThanOrEqual(1280 * 720 * 0.99);
  await page.keyboard.press('b');
  await expect(blank).toBeHidden();
});

test('the presenter view opens from the bar and follows the slides (two windows, one browser)', async ({ page, context }) => {
  await page.goto('/#v=1&rows=2000&mode=present');
  await expect(heading(page)).toHaveText('Data Collection');
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(popup).toHaveURL(/\?presenter$/);
  await popup.close();

  const presenter = await context.newPage();
  await presenter.goto('/?presenter');
  const now = presenter.getByRole('heading', { name: /^Now:/ });
  await expect(now).toHaveText('Now: Data Collection — Every session as a mark');
  await expect(presenter.getByText('Why does it matter that the same seed gives the same rows?')).toBeVisible();
  await expect(presenter.getByRole('heading', { name: /^Next:/ })).toHaveText('Next: Data Collection — Details');
  await expect(presenter.getByText(/This step: minutes 0–4 of 50/)).toBeVisible();

  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText('Data Cleaning');
  await expect(now).toHaveText('Now: Data Cleaning — Faulty rows fall into bins');
  await expect(presenter.getByText(/What would the model learn/)).toBeVisible();

  // The presenter's own buttons move the slides in the main window.
  await presenter.getByRole('button', { name: 'Next beat →' }).click();
  await expect(page.getByText('beat 2 of 2')).toBeVisible();
  await expect(now).toHaveText('Now: Data Cleaning — Details');
  await presenter.close();
});
