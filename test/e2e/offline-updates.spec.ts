import type { Page } from '@playwright/test';
import { E2E_BUILD, precacheOf, productionBuild } from './builds';
import { expect, test } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * The service worker against deployments that change under it: the suite's
 * e2e build is version 1, the production build is version 2 (another file
 * list, so another service worker). Served by a server the test controls.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer(PORT, E2E_BUILD);
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(() => server.setRoot(E2E_BUILD));

const stage1 = (page: Page) => page.getByRole('region', { name: 'Stage 1 on the lesson card' });

/** Opens the app and waits until its service worker controls the page (the version is installed). */
async function openControlled(page: Page) {
  await page.goto(`${server.origin}/#v=1&mode=explore`);
  await expect(stage1(page)).toContainText('10,000 rows × 10 columns');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('visiting the icon or a missing page online never replaces the offline copy', async ({ page, context }) => {
  await openControlled(page);
  await page.goto(`${server.origin}/favicon.svg`);
  const missing = await page.goto(`${server.origin}/no-such-page`);
  expect(missing?.status()).toBe(404);
  await context.setOffline(true);
  await page.goto(`${server.origin}/#v=1&mode=explore`);
  await expect(stage1(page)).toContainText('10,000 rows × 10 columns');
  await context.setOffline(false);
});

test('a new version whose install fails (one file 503) leaves the previous complete version working offline', async ({
  page,
  context,
}) => {
  await openControlled(page);
  const next = productionBuild();
  const wasm = precacheOf(next).find((f) => f.endsWith('.wasm'));
  expect(wasm).toBeDefined();
  server.setRoot(next);
  server.fail(wasm!.slice(1)); // "./assets/…" → "/assets/…"
  // Online, the new page loads from the network and its service worker tries to install.
  await page.reload();
  await expect(stage1(page)).toContainText('10,000 rows × 10 columns');
  const installs = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update().catch(() => undefined);
    return { active: reg?.active?.scriptURL ?? null, waiting: reg?.waiting ?? null };
  });
  expect(installs.waiting).toBeNull();
  await context.setOffline(true);
  await page.reload();
  await expect(stage1(page)).toContainText('10,000 rows × 10 columns');
  await context.setOffline(false);
});

test('a tab open when a new version takes over offers a reload instead of failing later', async ({ page }) => {
  await openControlled(page);
  const banner = page.getByRole('button', { name: 'A new version is available — reload' });
  await expect(banner).toHaveCount(0);
  server.setRoot(productionBuild());
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await banner.click();
  await expect(stage1(page)).toContainText('10,000 rows × 10 columns');
  await expect(banner).toHaveCount(0);
});
