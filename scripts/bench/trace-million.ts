/**
 * Profiling aid (not part of `npm run bench`): the million case's walk with a
 * Chromium trace of the main thread, printing every task over 50 ms with what
 * filled it (scripts, style, layout, paint) and the hottest functions in it
 * (from a sampling CPU profile). Built unminified so the names are readable.
 * `npx tsx scripts/bench/trace-million.ts [rows]`
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, log, ROOT, serve } from './setup';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: on a loaded machine the wall time overstates the work. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const rows = Number(process.argv[2] ?? 1_000_000);
/** Tasks listed: over this much CPU time (MIN_CPU_MS, default 40 ms). */
const MIN_CPU_US = Number(process.env.MIN_CPU_MS ?? 40) * 1000;
const out = join(ROOT, 'node_modules/.cache/pipeline-lab-trace');
log('Building unminified…');
await build({ root: ROOT, logLevel: 'error', build: { outDir: out, emptyOutDir: true, minify: false } });
const { server, base } = await serve(out);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
const POLL = { polling: 200, timeout: 600_000 } as const;
const step = (label: string) => page.locator('nav.stepper button', { has: page.locator(`.step-label:text-is("${label}")`) });
try {
  await page.goto(`${base}/#v=1&mode=explore&rows=${rows}&step=training`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Train' && !b.disabled),
    undefined,
    POLL,
  );
  log('ready; tracing');
  const light = Boolean(process.env.LIGHT);
  await page.evaluate(() => {
    const w = window as unknown as { __lt: { start: number; duration: number }[] };
    w.__lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // Playwright types trace events as string maps; they are Chromium's trace event objects.
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  if (!light)
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
      transferMode: 'ReportEvents',
    });
  const sampling = !process.env.NO_PROFILE && !light;
  if (sampling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const mark = (s: string) => page.evaluate((t) => performance.mark(t), s);
  await mark('train');
  await page.locator('section.training-run button', { hasText: /^Train$/ }).click();
  await page.waitForFunction(
    () => document.querySelector('section.training-run [role="status"]')?.textContent?.startsWith('Trained'),
    undefined,
    POLL,
  );
  await mark('validate');
  await step('Validate').click();
  const slider = page.getByLabel('Decision threshold', { exact: true });
  await slider.focus();
  await mark('slider');
  for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
  await mark('deploy');
  await step('Deploy').click();
  await page.waitForFunction(
    () => {
      const row = [...document.querySelectorAll('table.deploy-variants tbody tr')].find((r) => r.textContent?.includes('uint8'));
      return !!row?.textContent?.includes('%') && !document.body.textContent?.includes('Measuring every variant');
    },
    undefined,
    POLL,
  );
  await mark('collect');
  await step('Collect').click();
  const input = page.getByLabel('Rows', { exact: true });
  await input.fill('10000');
  await input.blur();
  await mark('regenerate');
  await page.locator('button', { hasText: /^Regenerate$/ }).click();
  await page.waitForFunction(
    () => document.body.textContent?.includes('The data below comes from these settings.'),
    undefined,
    POLL,
  );
  await page.waitForTimeout(1500);
  await mark('end');
  type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
  const empty: Profile = { nodes: [], startTime: 0, samples: [], timeDeltas: [] };
  const profile = sampling ? ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile : empty;
  if (light) {
    const lt = await page.evaluate(() => (window as unknown as { __lt: { start: number; duration: number }[] }).__lt);
    const pm = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => ({ name: m.name, ts: m.startTime })));
    const ph = (t: number) => pm.filter((m) => m.ts <= t).at(-1)?.name ?? '?';
    for (const t of lt) console.log(`${t.duration.toFixed(0).padStart(5)} ms  ${ph(t.start)}`);
    console.log(`max ${Math.max(0, ...lt.map((t) => t.duration)).toFixed(0)} ms, ${lt.length} long tasks`);
    process.exit(0);
  }
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;

  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid);
  const names = ['train', 'validate', 'slider', 'deploy', 'collect', 'regenerate', 'end'];
  const marks = events
    .filter((e) => names.includes(e.name) && e.ph !== 'M')
    .map((e) => ({ name: e.name, ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const phase = (ts: number) => marks.filter((m) => m.ts <= ts).at(-1)?.name ?? '?';
  const tasks = onMain.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.tdur ?? e.dur ?? 0) > MIN_CPU_US,
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sampleTimes: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) sampleTimes.push((t += d));
  log(`${tasks.length} tasks over ${MIN_CPU_US / 1000} ms of main-thread CPU time`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task && (e.dur ?? 0) > 2000);
    const kinds = new Map<string, number>();
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const key =
        e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'TimerFire' || e.name === 'EventDispatch'
          ? `${e.name} ${String(d.functionName ?? d.type ?? '')} ${String(d.url ?? '')
              .split('/')
              .pop()}:${String(d.lineNumber ?? '')}`
          : e.name;
      kinds.set(key, Math.max(kinds.get(key) ?? 0, e.dur ?? 0));
    }
    const self = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      if (sampleTimes[i] < task.ts || sampleTimes[i] > end) continue;
      const n = byId.get(profile.samples[i]);
      if (!n) continue;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `\n=== ${((task.dur ?? 0) / 1000).toFixed(0)} ms task (${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU) in phase "${phase(task.ts)}"`,
    );
    for (const [k, d] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${(d / 1000).toFixed(1)} ms  ${k}`);
    console.log('  self time (sampled):');
    for (const [k, d] of top) console.log(`    ${(d / 1000).toFixed(1)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
