import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Hooks {
  numTensors(): Promise<number>;
  simulateContextLoss(): Promise<boolean>;
}
const numTensors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pipelineLab: Hooks }).__pipelineLab.numTensors());

const trainCard = (page: Page) => page.getByRole('region', { name: 'Stage 4 on the lesson card' });
/** Rows of the epoch table that hold an epoch (the empty table has one message row). */
const epochRows = (page: Page) => page.locator('table.epoch-trace tbody tr:has(th)');

async function openTraining(page: Page, hash = '') {
  // Explore: these tests use the training knobs and the full stage.
  await page.goto(`/${hash || '#v=1'}&mode=explore`);
  await expect(page.getByText('The data below comes from these settings.').first()).toBeVisible();
  await page.getByRole('button', { name: /^4 Train\b/ }).click();
}

test('WebGL context lost mid-training: a clear message, training restarts on WASM/CPU and finishes', async ({ page }) => {
  await openTraining(page, '#v=1&backend=webgl&epochs=40');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(epochRows(page).first()).toBeVisible({ timeout: 60_000 });
  const lost = await page.evaluate(() => (window as unknown as { __pipelineLab: Hooks }).__pipelineLab.simulateContextLoss());
  expect(lost).toBe(true);
  await expect(page.getByText(/The WebGL context was lost; training restarted from epoch 1 on (wasm|cpu)/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(trainCard(page)).toContainText('over 40 epochs', { timeout: 120_000 });
  await expect(page.getByText(/context was lost during training/).first()).toBeVisible();
  await expect(epochRows(page)).toHaveCount(40);
});

test('Stop mid-training, then train again: no stale epochs, and tensors return to the baseline', async ({ page }) => {
  await openTraining(page, '#v=1&backend=wasm&epochs=60');
  const baseline = await numTensors(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(epochRows(page).nth(1)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Stopped/ })).toBeVisible();
  await expect(epochRows(page)).toHaveCount(0);
  await expect.poll(() => numTensors(page)).toBe(baseline);
  await page.getByRole('spinbutton', { name: 'Epochs' }).fill('3');
  await page.getByRole('spinbutton', { name: 'Epochs' }).press('Enter');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(trainCard(page)).toContainText('over 3 epochs', { timeout: 60_000 });
  await expect(epochRows(page)).toHaveCount(3);
  await expect(epochRows(page).locator('th')).toHaveText(['1', '2', '3']);
});

test('ten runs back to back keep the tensor count and the page heap flat', async ({ page }) => {
  await openTraining(page, '#v=1&backend=wasm&epochs=2');
  const counts: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled({ timeout: 60_000 });
    await expect(trainCard(page)).toContainText('over 2 epochs');
    // After "Trained" the serving chain (deployment report, then the check run) still works in the
    // engine and frees its tensors when it ends: count once two reads a second apart agree.
    let last = -1;
    await expect
      .poll(
        async () => {
          const n = await numTensors(page);
          const same = n === last;
          last = n;
          return same;
        },
        { intervals: [1_000], timeout: 60_000 },
      )
      .toBe(true);
    counts.push(last);
    heaps.push(
      await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0),
    );
  }
  // One trained model stays alive between runs; the count must not grow with runs.
  expect(new Set(counts.slice(1)).size).toBe(1);
  if (heaps[0] > 0) expect(heaps[9] - heaps[1]).toBeLessThan(30 * 1024 * 1024);
});

test('a hostile link through the real page: notices, clamped settings, no injected markup', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(
    '/#v=1&mode=explore&seed=%3Cscript%3Ealert(1)%3C/script%3E&rows=-50&epochs=NaN&epochs=9&lr=1e999&step=%3Cimg%20src=x%20onerror=alert(2)%3E',
  );
  await expect(page.getByText('Some settings were corrected:')).toBeVisible();
  await expect(page.getByText('Rows: the link’s rows= value «-50» is outside 100–1000000; using 100.')).toBeVisible();
  await expect(page.getByText(/step= value \(\d+ characters, not shown\) names no step/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage 1 on the lesson card' })).toContainText('100 rows × 10 columns');
  expect(await page.locator('script:not([src]), img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await expect(page).toHaveURL(/#v=1&rows=100/);
});

for (const backend of ['webgl', 'wasm'] as const) {
  test(`training on ${backend} explicitly reaches the accuracy band`, async ({ page }) => {
    await openTraining(page, `#v=1&backend=${backend}`);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(trainCard(page)).toContainText('over 5 epochs', { timeout: 120_000 });
    await expect(page.getByText(new RegExp(`on ${backend}`, 'i')).first()).toBeVisible();
    // The last epoch's row can show before the run's validation scores arrive: wait for them.
    await page.getByRole('button', { name: 'Next →' }).click();
    const card = page.getByRole('region', { name: 'Stage 5 on the lesson card' });
    await expect(card).toContainText(/Accuracy = [\d.]+ %/, { timeout: 30_000 });
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    const accuracy = Number(/Accuracy = ([\d.]+) %/.exec(text)?.[1]);
    expect(accuracy).toBeGreaterThanOrEqual(83);
    expect(accuracy).toBeLessThanOrEqual(88);
  });
}
