import { expect, test } from './fixtures';

test('after the first load the app works with the network cut', async ({ page, context }) => {
  await page.goto('/#v=1&mode=explore');
  await expect(page.getByRole('region', { name: 'Stage 1 on the lesson card' })).toContainText('10,000 rows × 10 columns');
  // Wait until the service worker controls the page and has cached the build.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Stage 1 on the lesson card' })).toContainText('10,000 rows × 10 columns');
  await page.getByRole('button', { name: /^4 Train\b/ }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Stage 4 on the lesson card' })).toContainText('over 5 epochs', {
    timeout: 90_000,
  });
  await context.setOffline(false);
});
