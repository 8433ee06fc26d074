/** The dot view in a real browser: all seven stages at 1280 and 390 px, reduced motion, and its keys. */
import AxeBuilder from '@axe-core/playwright';
import {
  STAGES,
  dotView,
  canvas,
  twoFrames,
  expectCountsMatchCard,
  streamUntilAlert,
  skipToEnd,
  settledPicture,
  expectLabelsClear,
  openStep,
  train,
} from './dot-view-kit';
import { expect, test } from './fixtures';

for (const width of [1280, 390]) {
  test(`dot view at ${width} px: marks move during each stage's transition, counts match the card, axe clean, a checked screenshot per stage`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/#v=1&mode=explore');
    await train(page);
    await streamUntilAlert(page);
    let previous: { hash: number } | null = null;
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
      // The flow strip, the view's overview: whole at 1280 px; at 390 px it scrolls inside itself, to the current stage.
      const strip = await page.evaluate(() => {
        const ol = document.querySelector('.flow-strip ol')!;
        const box = ol.getBoundingClientRect();
        const now = ol.querySelector('[aria-current="step"]')!.getBoundingClientRect();
        return { scrolls: ol.scrollWidth > ol.clientWidth + 1, inView: now.left >= box.left - 1 && now.right <= box.right + 1 };
      });
      if (width >= 1280) expect(strip.scrolls, 'the flow strip fits without scrolling').toBe(false);
      expect(strip.inView, `the flow strip shows step ${n}'s box`).toBe(true);
      await skipToEnd(page);
      // The settled picture is not blank, and it is not the previous stage's picture again.
      const picture = await settledPicture(page);
      expect(picture.inked, `inked pixels on step ${n}`).toBeGreaterThan(picture.area * 0.005);
      if (previous) expect(picture.hash, `step ${n}'s picture differs from step ${n - 1}'s`).not.toBe(previous.hash);
      previous = picture;
      await expectLabelsClear(page, `step ${n} at ${width} px`);
      const shot = info.outputPath(`dot-view-step-${n}-${width}.png`);
      await dotView(page).screenshot({ path: shot });
      await info.attach(`dot view, step ${n} (${STAGES[n - 1]}), ${width} px`, { path: shot, contentType: 'image/png' });
      await expectCountsMatchCard(page, n);
      const axe = await new AxeBuilder({ page }).include('figure.dot-view').analyze();
      expect(axe.violations, `axe on the dot view, step ${n} at ${width} px`).toEqual([]);
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
  await streamUntilAlert(page);
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
