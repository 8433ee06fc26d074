import AxeBuilder from '@axe-core/playwright';
import { STEPS } from '../../src/content/steps';
import { STAGE_IDS } from '../../src/pipeline/summary';
import { expect, test } from './fixtures';

/** The seven stages' titles, as the app's own step list names them. */
const STAGES = STAGE_IDS.map((id) => STEPS.find((s) => s.id === id)!.title);
const PYTHON = 'Python (pandas, scikit-learn, Keras)';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

for (const size of SIZES) {
  test(`Code mode at ${size.width}×${size.height}: both snippets on every stage, axe clean, no sideways page scroll`, async ({
    page,
  }, info) => {
    // Seven axe passes on a shared 2-core machine.
    test.slow();
    await page.setViewportSize(size);
    await page.goto('/#v=1&mode=code');
    for (const [i, stage] of STAGES.entries()) {
      await expect(page.getByRole('heading', { level: 2, name: stage })).toBeVisible();
      const js = page.getByRole('region', { name: `TensorFlow.js code for ${stage}` });
      const py = page.getByRole('region', { name: `${PYTHON} code for ${stage}` });
      await expect(js).toBeVisible();
      await expect(py).toBeVisible();
      await expect(js.locator('.code-line.marked').first()).toContainText('▶');
      const [a, b] = [(await js.boundingBox())!, (await py.boundingBox())!];
      if (size.width > 1000) expect(Math.abs(a.y - b.y), 'side by side on a wide screen').toBeLessThan(2);
      else expect(b.y, 'stacked on a phone').toBeGreaterThan(a.y + a.height);
      for (const box of [a, b]) expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `page wider than the viewport on ${stage}`).toBeLessThanOrEqual(1);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${stage}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`code-${i + 1}-${size.width}.png`) });
      if (i < STAGES.length - 1) await page.getByRole('button', { name: 'Next →' }).click();
    }
    if (size.width < 1000) {
      // Long lines scroll inside the block, not the page.
      const monitoring = page.getByRole('region', { name: 'TensorFlow.js code for Monitoring Setup' });
      expect(await monitoring.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    }
  });
}

test('Code mode: Copy puts the filled snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#v=1&mode=code');
  const figure = page.getByRole('figure', { name: 'TensorFlow.js' });
  await figure.getByRole('button', { name: 'Copy the TensorFlow.js code' }).click();
  await expect(figure.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^\/\/ Stage 1 — collect: 10000 sessions × 10 columns \(seed 42\)\./);
  expect(copied).not.toContain('▶');
});
