import { expect, test } from './fixtures';

const WIDTHS = [1280, 390];

for (const width of WIDTHS) {
  test(`screenshot of every step at ${width} px, with no horizontal overflow of the page`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/#v=1&mode=explore');
    await expect(page.getByText('The data below comes from these settings.').first()).toBeVisible();
    await page.getByRole('button', { name: /^4 Train\b/ }).click();
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
      timeout: 90_000,
    });
    const steps = page.getByRole('navigation', { name: 'Pipeline steps' }).getByRole('button');
    const count = await steps.count();
    for (let i = 0; i < count; i++) {
      await steps.nth(i).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page wider than the viewport on step ${i + 1}`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: info.outputPath(`step-${i + 1}-${width}.png`), fullPage: true });
    }
  });
}
