/**
 * `npm run bench -- --only engine,app-ui,million`: some cases alone, for checking
 * one change on a shared machine without the whole benchmark. `engine` runs the
 * engine and the floor on the benchmark page (bench.html?only=engine); `app-ui`
 * presses Train in the built app; `million` is the 1,000,000-row end-to-end run; `dot` is the dot
 * view's frame time in each transition at 10,000 and 1,000,000 rows (dot-frames.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import { loadavg } from 'node:os';
import type { EngineOnlyResults } from '../../src/bench/results';
import { appUiCase, type AppUiResult } from './app-ui';
import { dotCase, type DotSize } from './dot-frames';
import { dotRows, dotTargets } from './dot-report';
import { appUiRows, formatMachine, markdownTable, millionRows, ms, pct, range, times, verdict, type Row } from './format';
import { machineInfo } from './machine';
import { millionCase, type MillionResult } from './million';
import { appUiTarget, check, millionTargets, type TargetCheck } from './report';
import { buildApp, buildBench, CHROMIUM, CHROMIUM_ARGS, log, serve } from './setup';

export const ONLY_CASES = ['engine', 'app-ui', 'million', 'dot'] as const;
export type OnlyCase = (typeof ONLY_CASES)[number];

const PAGE_TIMEOUT_MS = 10 * 60_000;

async function engineOnly(browser: Browser, runs: number): Promise<EngineOnlyResults> {
  const bench = await buildBench();
  const { server, base } = await serve(bench);
  const page = await browser.newPage();
  try {
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    page.on('console', (m) => (m.text().startsWith('[bench] ') ? log(`  ${m.text().slice(8)}`) : undefined));
    await page.goto(`${base}/bench.html?only=engine&runs=${runs}`);
    await page.waitForFunction(() => window.__bench?.done === true, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 500 });
    const state = await page.evaluate(() => window.__bench);
    if (!state?.engineOnly) throw new Error(`The benchmark page failed: ${state?.error ?? 'no results'}`);
    return state.engineOnly;
  } finally {
    await page.close();
    await server.close();
  }
}

function engineTargets(e: EngineOnlyResults): TargetCheck[] {
  const ratio = e.floor.available ? e.engine.median / e.floor.median : null;
  const lt = e.longTask;
  return [
    check('engine', 'engine, default 5 epochs', e.engine.median, 1000, '≤ 1,000 ms'),
    check('engine-vs-floor', 'engine within 8× of floor', ratio, 8, 'ratio ≤ 8'),
    check('long-task', 'longest main-thread task while training', lt.supported ? (lt.maxMs ?? 0) : null, 50, '≤ 50 ms'),
  ];
}

function engineRows(e: EngineOnlyResults, targets: readonly TargetCheck[]): Row[] {
  const t = (id: string) => targets.find((x) => x.id === id);
  const { engine, floor, longTask: lt } = e;
  return [
    [
      `engine (auto → ${engine.backend})`,
      ms(engine.median),
      range(engine, ms),
      '≤ 1,000 ms',
      verdict(t('engine')),
      `val acc ${pct(engine.valAccuracy)}; loop ${ms(engine.loopMs.median)}; first Train ${ms(engine.coldMs)}`,
    ],
    floor.available
      ? ['floor', ms(floor.median), range(floor, ms), '', '', `val acc ${pct(floor.valAccuracy)}`]
      : ['floor', 'unavailable', '', '', '', floor.reason],
    ['engine ÷ floor', times(t('engine-vs-floor')?.value ?? null), '', '≤ 8×', verdict(t('engine-vs-floor')), ''],
    [
      'longest main-thread task while the engine trains',
      !lt.supported ? 'not reported' : lt.maxMs === null ? 'none over 50 ms' : ms(lt.maxMs),
      '',
      '≤ 50 ms',
      verdict(t('long-task')),
      `${lt.count} long tasks; a 20 ms timer was at most ${ms(lt.maxTimerDelayMs)} late`,
    ],
  ];
}

export async function runOnly(cases: readonly OnlyCase[], runs: number, json: boolean): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    let engine: EngineOnlyResults | null = null;
    let appUi: AppUiResult | null = null;
    let million: MillionResult | null = null;
    let dot: DotSize[] | null = null;
    if (cases.includes('engine')) engine = await engineOnly(browser, runs);
    if (cases.includes('app-ui') || cases.includes('million') || cases.includes('dot')) {
      const { server, base } = await serve(await buildApp());
      try {
        if (cases.includes('app-ui')) {
          log(`The app itself: Stage 4, Train pressed in the UI (${runs} runs after a warm-up)…`);
          appUi = await appUiCase(browser, base, runs);
          if (!appUi.available) log(`  unavailable: ${appUi.reason}`);
        }
        if (cases.includes('million')) {
          log('1,000,000 rows end to end in the app (one run, a few minutes)…');
          million = await millionCase(browser, base);
          if (!million.available) log(`  unavailable: ${million.reason}`);
        }
        if (cases.includes('dot')) {
          log('The dot view: frame time in each transition at 10,000 and 1,000,000 rows (a few minutes)…');
          dot = await dotCase(browser, base, log);
        }
      } finally {
        await server.close();
      }
    }
    const page = await browser.newPage();
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await page.close();
    const machine = machineInfo(browser.version(), userAgent, { available: false, software: false, renderer: '' }, loadAtStart);
    const appTargets = appUi ? [appUiTarget(appUi)] : [];
    const targets = [...(engine ? engineTargets(engine) : []), ...appTargets, ...millionTargets(million), ...dotTargets(dot)];
    const benchMs = performance.now() - started;
    if (json) {
      const doc = {
        schema: 'pipeline-lab-bench-only/1',
        date: new Date().toISOString(),
        machine,
        engine,
        appUi,
        million,
        dot,
        targets,
        benchMs,
      };
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      return;
    }
    const body: Row[] = [
      ...(engine ? engineRows(engine, targets) : []),
      ...(appUi ? appUiRows(appUi, targets) : []),
      ...millionRows(million, targets),
      ...dotRows(dot, targets),
    ];
    process.stdout.write(
      [
        `Pipeline Lab benchmark, only ${cases.join(', ')}, ${new Date().toISOString().slice(0, 10)}`,
        formatMachine(machine),
        `Load average (1 min) after the run: ${loadavg()[0].toFixed(2)}`,
        '',
        markdownTable(['case', 'median', 'min – max', 'target', 'result', 'notes'], body),
        '',
        `Whole run: ${(benchMs / 1000).toFixed(0)} s.`,
      ].join('\n') + '\n',
    );
  } finally {
    await browser.close();
  }
}
