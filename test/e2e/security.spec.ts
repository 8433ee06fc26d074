import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BUILD, precacheOf, productionBuild } from './builds';
import { expect, test } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * The security boundary in the real browser: the CSP arrives as an HTTP header
 * (so it also binds the tfjs worker, which a <meta> tag never reaches), the
 * production build carries no test hooks, and the threaded WASM is not shipped.
 */
const OTHER_PORT = Number(process.env.E2E_PORT ?? 4173) + 17;
let other: StaticServer;

test.beforeAll(async () => {
  // Another origin that would gladly answer (CORS allows all): only the policy can refuse.
  other = await startStaticServer(OTHER_PORT, E2E_BUILD, { 'Access-Control-Allow-Origin': '*' });
});
test.afterAll(async () => {
  await other.close();
});

test('the page and the worker script are served with the CSP header, which forbids framing', async ({ page }) => {
  const workerScript = page.waitForResponse((r) => /engine\.worker-[^/]+\.js$/.test(r.url()));
  const response = await page.goto('/');
  for (const r of [response!, await workerScript]) {
    const csp = (await r.allHeaders())['content-security-policy'];
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  }
});

test('the tfjs worker cannot fetch or import from another origin', async ({ page }) => {
  const worker = page.waitForEvent('worker', (w) => /engine\.worker/.test(w.url()));
  await page.goto('/');
  const engine = await worker;
  const target = `${other.origin}/sw.js`;
  const tried = await engine.evaluate(async (url) => {
    const fetched = await fetch(url).then(
      (r) => `fetched ${r.status}`,
      (e: unknown) => `refused: ${String(e)}`,
    );
    const imported = await import(/* @vite-ignore */ url).then(
      () => 'imported',
      (e: unknown) => `refused: ${String(e)}`,
    );
    return { fetched, imported };
  }, target);
  expect(tried.fetched).toMatch(/^refused/);
  expect(tried.imported).toMatch(/^refused/);
});

test('the production build has no test hooks and does not ship or precache the threaded WASM', async ({ page }) => {
  const dir = productionBuild();
  const js = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(3);
  for (const f of js) expect(readFileSync(join(dir, 'assets', f), 'utf8'), f).not.toContain('__pipelineLab');
  for (const build of [dir, E2E_BUILD]) {
    expect(readdirSync(join(build, 'assets')).filter((f) => f.includes('threaded'))).toEqual([]);
    expect(precacheOf(build).filter((f) => f.includes('threaded'))).toEqual([]);
    expect(precacheOf(build).filter((f) => f.endsWith('.wasm'))).toHaveLength(2);
  }
  // And in the browser: the suite's build has the hooks, the shipped one does not.
  await page.goto('/');
  expect(await page.evaluate(() => '__pipelineLab' in window)).toBe(true);
  const shipped = await startStaticServer(OTHER_PORT + 1, dir);
  try {
    await page.goto(`${shipped.origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => '__pipelineLab' in window)).toBe(false);
  } finally {
    await shipped.close();
  }
});
