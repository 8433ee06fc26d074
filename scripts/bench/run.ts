/**
 * `npm run bench [-- --json] [--runs N] [--webgl-runs N] [--only CASES]`: builds the app, and
 * the benchmark page (bench.html) beside it, serves the build on 127.0.0.1,
 * runs the page in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium;
 * WebGL through SwiftShader where there is no GPU) and prints a table of the
 * results against the engine's targets — or, with --json, one JSON document on
 * stdout (progress goes to stderr). Missed targets are reported, not failures:
 * the exit status is 0 unless the benchmark itself could not run. `--only` runs
 * some cases alone (only.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchState, PageResults } from '../../src/bench/results';
import { appUiCase } from './app-ui';
import { dotCase } from './dot-frames';
import { measureFirstScreen } from './first-screen';
import { formatReport } from './format';
import { machineInfo } from './machine';
import { millionCase } from './million';
import { ONLY_CASES, runOnly, type OnlyCase } from './only';
import { buildReport } from './report';
import { buildApp, buildBench, CHROMIUM, CHROMIUM_ARGS, log, serve, SetupError } from './setup';

const PAGE_TIMEOUT_MS = 10 * 60_000;

const USAGE = `usage: npm run bench [-- --json] [--runs N] [--webgl-runs N] [--only CASES]
  --json          print one JSON document on stdout (progress on stderr)
  --runs N        timed runs per case after a warm-up (default 5, at least 1)
  --webgl-runs N  timed runs for fit-webgl and engine-webgl (default: --runs)
  --only CASES    run only these cases, comma-separated: ${ONLY_CASES.join(', ')}
                  (engine: the engine and the floor; app-ui: Train pressed in the app;
                  million: the 1,000,000-row end-to-end run, a few minutes;
                  dot: the dot view's frame time in each transition at 10k and 1M rows)`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    log(`--${name} must be a whole number ≥ 1, not ${JSON.stringify(value)}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function runPage(browser: Browser, url: string): Promise<PageResults> {
  const page = await browser.newPage();
  // The network is closed here: anything leaving 127.0.0.1 is refused at once.
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction('__benchHeap', async () => {
    const heap = await cdp.send('Runtime.getHeapUsage');
    return heap.usedSize + (heap.backingStorageSize ?? 0);
  });
  page.on('console', (m) => {
    if (m.text().startsWith('[bench] ')) log(`  ${m.text().slice(8)}`);
    else if (m.type() === 'error') log(`  page error: ${m.text()}`);
  });
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.done === true, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 500 });
  const state = (await page.evaluate(() => window.__bench)) as BenchState;
  await page.close();
  if (state.error || !state.results) throw new Error(`The benchmark page failed: ${state.error ?? 'no results'}`);
  return state.results;
}

async function main(): Promise<void> {
  let values: { json?: boolean; runs?: string; 'webgl-runs'?: string; only?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        runs: { type: 'string' },
        'webgl-runs': { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    log(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    log(USAGE);
    return;
  }
  const only = values.only?.split(',').map((c) => c.trim());
  const unknown = only?.filter((c) => !(ONLY_CASES as readonly string[]).includes(c)) ?? [];
  if (only && (unknown.length || only.length === 0)) {
    log(`--only takes ${ONLY_CASES.join(', ')} (comma-separated), not ${JSON.stringify(values.only)}\n${USAGE}`);
    process.exit(2);
  }
  const runs = positive('runs', values.runs, 5);
  const webglRuns = positive('webgl-runs', values['webgl-runs'], runs);
  if (!existsSync(CHROMIUM))
    throw new SetupError(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  if (only) {
    await runOnly(only as OnlyCase[], runs, values.json ?? false);
    return;
  }

  const started = performance.now();
  const loadAtStart = loadavg()[0];
  const app = await buildApp();
  const firstScreen = measureFirstScreen(app);
  let server: Awaited<ReturnType<typeof serve>>['server'] | null = null;
  let browser: Browser | null = null;
  try {
    const served = await serve(await buildBench());
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    log(
      `Running bench.html in Chromium ${browser.version()} (${runs} runs per case, ${webglRuns} for fit-webgl and engine-webgl)…`,
    );
    const base = served.base;
    const page = await runPage(browser, `${base}/bench.html?runs=${runs}&webglRuns=${webglRuns}`);
    log('The app itself: Stage 4, Train pressed in the UI…');
    const appUi = await appUiCase(browser, base, runs);
    if (!appUi.available) log(`  unavailable: ${appUi.reason}`);
    log('The app at 1,000,000 rows, end to end (one run, a few minutes)…');
    const million = await millionCase(browser, base);
    if (!million.available) log(`  unavailable: ${million.reason}`);
    log('The dot view: frame time in each transition at 10,000 and 1,000,000 rows…');
    const dot = await dotCase(browser, base, log);
    const machine = machineInfo(browser.version(), page.userAgent, page.webgl, loadAtStart);
    const report = buildReport(page, appUi, firstScreen, machine, performance.now() - started, million, dot);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((e: unknown) => {
  log(e instanceof SetupError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
