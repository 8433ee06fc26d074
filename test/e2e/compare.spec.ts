import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a contrast link opens two real runs side by side, with the difference in one sentence, stacked on a phone', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#v=1&rows=2000&fault=0.3&mode=compare&vs=clean:skip');
  const panel = page.getByRole('region', { name: 'Compare two runs' });
  await expect(panel.getByRole('button', { name: 'Cleaned vs uncleaned data' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByText('Data cleaning drop → skip').first()).toBeVisible();
  await expect(panel.getByText(/^B's validation accuracy is/)).toBeVisible({ timeout: 180_000 });
  const table = panel.getByRole('table', { name: 'A and B, number by number' });
  // Uncleaned B trained and validated on all 2,000 rows; A on the 1,400 that cleaning kept (30 % faulty).
  await expect(table.getByRole('row', { name: /Rows trained and validated on/ })).toContainText('1,400');
  await expect(table.getByRole('row', { name: /Rows trained and validated on/ })).toContainText('2,000');
  await expect(panel.getByRole('figure', { name: /Validation loss per epoch/ })).toBeVisible();
  // On a phone the two runs stack: B's card sits below A's, not beside it.
  const a = await panel.getByRole('heading', { name: 'Run A' }).boundingBox();
  const b = await panel.getByRole('heading', { name: 'Run B' }).boundingBox();
  expect(b!.y).toBeGreaterThan(a!.y + a!.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The finished panel (charts, tables, sentence / debrief) has no serious or critical accessibility violations.
  const bad = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a hostile vs= value gives a clear notice, and B stays A until a contrast is picked', async ({ page }) => {
  await page.goto('/#v=1&mode=compare&vs=epochs:1e400,backend:webgl');
  await expect(page.getByText(/vs= value .* for epochs is not a decimal number; ignored/)).toBeVisible();
  await expect(page.getByText(/key «backend» is not a setting run B can change/)).toBeVisible();
  await expect(page.getByText('B has no differences from A yet: pick a contrast.')).toBeVisible();
});
