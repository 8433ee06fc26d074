import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const STEP_COUNT = 10;

test('every step has no serious or critical accessibility violations, before and after training', async ({ page }) => {
  // Seventeen axe passes plus a training run: 5–18 s an axe pass on a shared 2-core machine.
  test.setTimeout(360_000);
  await page.goto('/#v=1&mode=explore');
  await expect(page.getByText('The data below comes from these settings.').first()).toBeVisible();
  const check = async (label: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
  };
  for (let i = 0; i < STEP_COUNT; i++) {
    await check(`step ${i + 1} before training`);
    await page.keyboard.press('ArrowRight');
  }
  await page.getByRole('button', { name: /^4 Train\b/ }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Stage 6 on the lesson card' }).or(page.getByText('Model compressed')),
  ).toBeDefined();
  await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
    timeout: 90_000,
  });
  for (let i = 3; i < STEP_COUNT; i++) {
    await page.getByRole('navigation', { name: 'Pipeline steps' }).getByRole('button').nth(i).click();
    await check(`step ${i + 1} after training`);
  }
});

test('every step of the other modes (guided, predict, present, quiz) has no serious or critical violations', async ({ page }) => {
  // 31 full axe scans: more than the default two minutes on a loaded 2-core machine.
  test.slow();
  for (const mode of ['guided', 'predict', 'present', 'quiz'] as const) {
    await page.goto(`/#v=1&mode=${mode}`);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    const steps = mode === 'quiz' ? 1 : STEP_COUNT;
    for (let i = 0; i < steps; i++) {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${mode}, step ${i + 1}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
      // The stepper reaches every step in every mode (in Present mode → walks the beats of a step first).
      if (i < steps - 1) await page.getByRole('button', { name: new RegExp(`^${i + 2} [A-Z]`) }).click();
    }
  }
});

test('reduced motion: nothing animates, the same numbers are shown', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/#v=1&mode=explore');
  await page.getByRole('button', { name: 'Next →' }).click();
  // The flow strip (boxes, bars, connectors) holds still: no animation and no transition on any of its parts.
  const motion = await page
    .locator('.flow-strip *')
    .evaluateAll((els) => els.map((e) => [getComputedStyle(e).animationName, getComputedStyle(e).transitionDuration]));
  expect(motion.length).toBeGreaterThan(20);
  expect(motion.filter(([name, ms]) => name !== 'none' || ms.split(',').some((d) => parseFloat(d) > 0))).toEqual([]);
  await expect(page.getByRole('region', { name: 'Stage 2 on the lesson card' })).toContainText('9,800 rows × 10 columns');
  await context.close();
});
