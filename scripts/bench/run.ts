/**
 * `npm run bench [-- --json] [--runs N] [--webgl-runs N] [--only million]`: builds the app, and
 * the benchmark page (bench.html) beside it, serves the build on 127.0.0.1,
 * runs the page in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium;
 * WebGL through SwiftShader where there is no GPU) and prints a table of the
 * results against the engine's targets — or, with --json, one JSON document on
 * stdout (progress goes to stderr). Missed targets are reported, not failures:
 * the exit status is 0 unless the benchmark itself could not run. `--only million`
 * builds the app alone and runs only the 1,000,000-row end-to-end case.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview, type PreviewServer } from 'vite';
import type { BenchState, PageResults } from '../../src/bench/results';
import { appUiCase } from './app-ui';
import { measureFirstScreen } from './first-screen';
import { formatMachine, formatReport, markdownTable, millionRows, type Row } from './format';
import { machineInfo, type MachineInfo } from './machine';
import { millionCase } from './million';
import { buildReport, millionTargets } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.cache/pipeline-lab-bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As in playwright.config.ts, plus precise heap figures and a callable gc(). */
const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];
const PAGE_TIMEOUT_MS = 10 * 60_000;

const USAGE = `usage: npm run bench [-- --json] [--runs N] [--webgl-runs N] [--only million]
  --json          print one JSON document on stdout (progress on stderr)
  --runs N        timed runs per case after a warm-up (default 5, at least 1)
  --webgl-runs N  timed runs for fit-webgl and engine-webgl (default: --runs)
  --only million  run only the 1,000,000-row end-to-end case (one run, a few minutes)`;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A problem the user can fix (printed without a stack trace). */
class SetupError extends Error {}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    log(`--${name} must be a whole number ≥ 1, not ${JSON.stringify(value)}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const QUIET = { root: ROOT, logLevel: 'error' as const, clearScreen: false };

async function buildApp(): Promise<string> {
  const app = join(OUT, 'app');
  delete process.env.PIPELINE_LAB_BENCH;
  log('Building the app…');
  await build({ ...QUIET, build: { outDir: app, emptyOutDir: true } });
  return app;
}

async function buildBoth(): Promise<{ app: string; bench: string }> {
  const bench = join(OUT, 'bench');
  const quiet = QUIET;
  const app = await buildApp();
  log('Building the app with the benchmark page…');
  process.env.PIPELINE_LAB_BENCH = '1';
  try {
    await build({ ...quiet, build: { outDir: bench, emptyOutDir: true } });
  } finally {
    delete process.env.PIPELINE_LAB_BENCH;
  }
  return { app, bench };
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

/** BENCH_PORT pins the preview server's port (on a shared machine); otherwise any free one. */
async function serve(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, base: `http://127.0.0.1:${port}` };
}

/** `--only million`: the built app, one 1,000,000-row end-to-end run. */
async function onlyMillion(json: boolean): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  const app = await buildApp();
  const { server, base } = await serve(app);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    log(`1,000,000 rows end to end in the app, Chromium ${browser.version()} (a few minutes)…`);
    const million = await millionCase(browser, base);
    if (!million.available) log(`  unavailable: ${million.reason}`);
    const userAgent = await browser.newPage().then(async (p) => {
      const ua = await p.evaluate(() => navigator.userAgent);
      await p.close();
      return ua;
    });
    const machine: MachineInfo = machineInfo(
      browser.version(),
      userAgent,
      { available: false, software: false, renderer: '' },
      loadAtStart,
    );
    const targets = millionTargets(million);
    const benchMs = performance.now() - started;
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ schema: 'pipeline-lab-bench-million/1', date: new Date().toISOString(), machine, million, targets, benchMs }, null, 2)}\n`,
      );
      return;
    }
    const header: Row = ['case', 'time', '', 'target', 'result', 'notes'];
    process.stdout.write(
      [
        `Pipeline Lab benchmark, 1,000,000 rows only, ${new Date().toISOString().slice(0, 10)}`,
        formatMachine(machine),
        '',
        markdownTable(header, millionRows(million, targets)),
        '',
        `Whole run: ${(benchMs / 1000).toFixed(0)} s.`,
      ].join('\n') + '\n',
    );
  } finally {
    await browser?.close();
    await server.close();
  }
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
  if (values.only !== undefined && values.only !== 'million') {
    log(`--only takes "million", not ${JSON.stringify(values.only)}\n${USAGE}`);
    process.exit(2);
  }
  if (!existsSync(CHROMIUM) && values.only)
    throw new SetupError(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  if (values.only === 'million') {
    await onlyMillion(values.json ?? false);
    return;
  }
  const runs = positive('runs', values.runs, 5);
  const webglRuns = positive('webgl-runs', values['webgl-runs'], runs);
  if (!existsSync(CHROMIUM))
    throw new SetupError(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);

  const started = performance.now();
  const loadAtStart = loadavg()[0];
  const dirs = await buildBoth();
  const firstScreen = measureFirstScreen(dirs.app);
  const port = await freePort();
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await preview({
      root: ROOT,
      logLevel: 'error',
      build: { outDir: dirs.bench },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    log(
      `Running bench.html in Chromium ${browser.version()} (${runs} runs per case, ${webglRuns} for fit-webgl and engine-webgl)…`,
    );
    const base = `http://127.0.0.1:${port}`;
    const page = await runPage(browser, `${base}/bench.html?runs=${runs}&webglRuns=${webglRuns}`);
    log('The app itself: Stage 4, Train pressed in the UI…');
    const appUi = await appUiCase(browser, base, runs);
    if (!appUi.available) log(`  unavailable: ${appUi.reason}`);
    log('The app at 1,000,000 rows, end to end (one run, a few minutes)…');
    const million = await millionCase(browser, base);
    if (!million.available) log(`  unavailable: ${million.reason}`);
    const machine = machineInfo(browser.version(), page.userAgent, page.webgl, loadAtStart);
    const report = buildReport(page, appUi, firstScreen, machine, performance.now() - started, million);
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
