import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  // The app must work offline: any request to another origin fails the test.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    throw new Error(`Unexpected request to ${route.request().url()}`);
  });
});

test('runs the whole pipeline in the browser and shows the card shapes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pipeline Lab');
  await page.getByRole('button', { name: 'Run the pipeline' }).click();
  await expect(page.getByRole('status')).toHaveText(/Pipeline finished/, { timeout: 90_000 });
  const stages = page.getByRole('table', { name: /Data flow/ });
  await expect(stages.getByRole('row', { name: /Data Collection/ })).toContainText('10,000 rows × 10 columns');
  await expect(stages.getByRole('row', { name: /Data Cleaning/ })).toContainText('9,800 rows × 10 columns');
  await expect(stages.getByRole('row', { name: /Feature Engineering/ })).toContainText('9,800 rows × 12 columns');
  await expect(stages.getByRole('row', { name: /Model Training/ })).toContainText('7,840 rows × 12 columns');
  const validation = await stages.getByRole('row', { name: /Model Validation/ }).innerText();
  const accuracy = Number(/Accuracy = ([\d.]+) %/.exec(validation)?.[1]);
  expect(accuracy).toBeGreaterThanOrEqual(83);
  expect(accuracy).toBeLessThanOrEqual(88);
  await expect(page.getByRole('table', { name: /Training trace/ }).getByRole('row')).toHaveCount(6);
});
