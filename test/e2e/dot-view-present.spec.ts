/** The dot view in Present mode at a projector's size: labels large enough to read from the back, also while the live stream runs. */
import { STAGES, dotView, canvas, expectLabelsClear, openStep } from './dot-view-kit';
import { expect, test } from './fixtures';

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

test('Present mode at 1920 × 1080 while the live stream runs: stage 7’s labels stay at least 24 px and clear of each other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#v=1&mode=present&step=training');
  await expect(canvas(page)).toBeVisible();
  // Space on a slide runs its action: here, Train.
  await page.keyboard.press(' ');
  const presenter = page.getByRole('region', { name: 'Presenter controls' }).getByRole('status');
  await expect(presenter).toContainText('Model trained', { timeout: 90_000 });
  await page.getByRole('button', { name: /^7 [A-Z]/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(STAGES[6]);
  // Space on this slide starts the live stream (it runs to the first alert); not on the step button just clicked.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(' ');
  const batches = async () => Number(/(\d+) live batches so far/.exec((await dotView(page).textContent()) ?? '')?.[1] ?? 0);
  const expectLabelsLarge = async (where: string) => {
    const sizes = await dotView(page)
      .locator('.dot-label')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes), `label size ${where}`).toBeGreaterThanOrEqual(24);
    await expectLabelsClear(page, `Present mode ${where}`);
  };
  // Early in the stream, checked between two batches: more arrive after the check, so it ran meanwhile.
  await expect.poll(batches, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  const before = await batches();
  await expectLabelsLarge('while the stream runs');
  await expect.poll(batches, { timeout: 30_000 }).toBeGreaterThan(before);
  // The moment the alert fires: its label is drawn beside the others, as large and clear of them.
  await expect(dotView(page)).toContainText(/The accuracy alert fired at batch \d+/, { timeout: 90_000 });
  await expect(dotView(page).locator('.dot-label', { hasText: /alert: batch \d+/ })).toBeVisible();
  await expectLabelsLarge('when the alert fires');
});
