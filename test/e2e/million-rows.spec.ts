import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The largest size the app offers, end to end: 1,000,000 rows train, Deployment Preparation
 * shows its measured numbers, and the data can be regenerated at 10,000 rows afterwards (the
 * worker answers again). Before bounded prediction chunks stage 6 never finished here and the
 * worker stopped answering. Generous timeouts, no timed assertion: the bench measures speed.
 */
const card = (page: Page, n: number) => page.getByRole('region', { name: `Stage ${n} on the lesson card` });

test('a 1,000,000-row run trains, reaches stage 6 with its numbers, then regenerates 10,000 rows', async ({ page }) => {
  test.setTimeout(12 * 60_000);
  await page.goto('/#v=1&rows=1000000&step=training&mode=explore');
  await expect(card(page, 4)).toContainText('784,000 rows × 12 columns', { timeout: 120_000 });
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled({ timeout: 120_000 });
  await train.click();
  await expect(card(page, 4)).toContainText('over 5 epochs', { timeout: 300_000 });

  await page.getByRole('button', { name: /^6 Deploy\b/ }).click();
  const variants = page.getByRole('table', { name: /variant/i });
  await expect(variants.getByRole('row', { name: /8-bit|uint8/i })).toContainText('%', { timeout: 300_000 });
  await expect(card(page, 6)).toContainText('Model compressed');
  await expect(page.getByText('Measuring every variant in your browser…')).toHaveCount(0, { timeout: 300_000 });

  await page.getByRole('button', { name: /^1 Collect\b/ }).click();
  const rows = page.getByRole('spinbutton', { name: 'Rows' });
  await rows.fill('10000');
  await rows.blur();
  await page.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect(card(page, 1)).toContainText('10,000 rows × 10 columns', { timeout: 120_000 });
  await expect(page.getByText('The data below comes from these settings.').first()).toBeVisible();
});
