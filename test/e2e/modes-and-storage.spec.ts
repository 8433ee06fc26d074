import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const mode of ['guided', 'explore', 'predict', 'present', 'compare', 'fix', 'code', 'quiz', 'review'] as const) {
  test(`${mode} mode has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(`/#v=1&mode=${mode}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The mode's lazy views have arrived (no request for 500 ms) and had two frames to draw.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('corrupted saved progress through the real page: a notice, the data kept aside, no crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('pipeline-lab:progress', '{"version":1,"answers":<script>alert(1)</script>');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/#v=1&mode=explore');
  await expect(page.getByText(/Saved quiz progress could not be used/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage 1 on the lesson card' })).toContainText('10,000 rows × 10 columns');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('pipeline-lab:progress:unreadable-'))).toBe(true);
  expect(dialogs).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});
