/** The benchmark report as text: the machine, then one Markdown table (pasteable into the README). */
import type { Summary } from '../../src/bench/results';
import type { AppUiResult } from './app-ui';
import type { MachineInfo } from './machine';
import type { MillionResult } from './million';
import { dotRows } from './dot-report';
import type { BenchReport, TargetCheck } from './report';

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function ms(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v >= 100) return `${int.format(v)} ms`;
  return `${v.toFixed(v >= 10 ? 1 : 2)} ms`;
}
const mb = (v: number): string => (Number.isFinite(v) ? `${(v / 1e6).toFixed(1)} MB` : '—');
const kb = (v: number): string => `${(v / 1e3).toFixed(1)} kB`;
export const times = (v: number | null): string => (v === null ? '—' : `${v < 1 ? v.toFixed(3) : v.toFixed(2)}×`);
export const pct = (v: number): string => `${(v * 100).toFixed(1)} %`;
const runsText = (n: number): string => `${n} run${n === 1 ? '' : 's'}`;
export const range = (s: Summary, unit: (v: number) => string): string => `${unit(s.min)} – ${unit(s.max)}`;
export const verdict = (t: TargetCheck | undefined): string => (!t ? '' : t.pass === null ? 'n/a' : t.pass ? 'pass' : '**MISS**');

export type Row = [string, string, string, string, string, string];

const seconds = (v: number): string => `${(v / 1000).toFixed(1)} s`;

/** Rows for the app-UI case: Train pressed in the app, and the longest main-thread task meanwhile. */
export function appUiRows(ui: AppUiResult, targets: readonly TargetCheck[]): Row[] {
  const out: Row[] = [];
  const target = (id: string): TargetCheck | undefined => targets.find((t) => t.id === id);
  if (!ui.available) out.push(['app UI: Train pressed, until "Trained"', 'unavailable', '', '', '', ui.reason]);
  else {
    out.push([
      'app UI: Train pressed, until "Trained"',
      ms(ui.clickToTrainedMs.median),
      range(ui.clickToTrainedMs, ms),
      '',
      '',
      `${ui.clickToTrainedMs.runs.length} runs after a warm-up, epoch trace rendering live`,
    ]);
    out.push([
      'longest main-thread task, app UI while training',
      ui.longTaskMaxMs === null ? 'none over 50 ms' : ms(ui.longTaskMaxMs),
      '',
      '≤ 50 ms',
      verdict(target('long-task-app')),
      `${ui.longTaskCount} long tasks`,
    ]);
  }
  return out;
}

/** Rows for the 1,000,000-row end-to-end case (one run each). */
export function millionRows(m: MillionResult | null, targets: readonly TargetCheck[]): Row[] {
  if (!m) return [];
  const label = '1,000,000 rows end to end';
  if (!m.available) return [[label, 'unavailable', '', '', '', m.reason]];
  const target = (id: string): TargetCheck | undefined => targets.find((t) => t.id === id);
  const s6 = target('million-stage6');
  const lt = target('million-long-task');
  return [
    ['1M: data ready (generate, clean, features)', seconds(m.prepareMs), '', '', '', 'page load until Train is enabled'],
    ['1M: Train pressed until "Trained"', seconds(m.trainMs), '', '', '', '784,000 training rows, 5 epochs'],
    ['1M: stage-6 summary + stage-7 check run', seconds(m.checkRunMs), '', '', '', 'after "Trained"; 60 live batches'],
    ['1M: stage 6 ready (every variant measured)', seconds(m.stage6Ms), '', s6?.target ?? '', verdict(s6), 'after "Trained"'],
    ['1M: back to 10,000 rows (Regenerate)', seconds(m.regenerateMs), '', '', '', 'while stage-6 work was still queued'],
    [
      '1M: longest main-thread task',
      m.longTaskMaxMs === null ? 'none over 50 ms' : ms(m.longTaskMaxMs),
      '',
      lt?.target ?? '',
      verdict(lt),
      `${m.longTaskCount} long tasks; ${m.sliderSteps} threshold-slider steps included`,
    ],
  ];
}

function rows(r: BenchReport): Row[] {
  const target = (id: string): TargetCheck | undefined => r.targets.find((t) => t.id === id);
  const out: Row[] = [];
  const e = r.cases.engine;
  const t = target('engine');
  out.push([
    `engine (auto → ${e.backend})`,
    ms(e.median),
    range(e, ms),
    t?.target ?? '',
    verdict(t),
    `val acc ${pct(e.valAccuracy)}; loop ${ms(e.loopMs.median)}; first Train ${ms(e.coldMs)}`,
  ]);
  for (const id of ['fit-webgl', 'fit-wasm', 'fit-cpu', 'floor'] as const) {
    const c = r.cases[id];
    const runs = id === 'fit-webgl' ? r.config.webglRuns : r.config.runs;
    if (!c.available) out.push([id, 'unavailable', '', '', '', c.reason]);
    else out.push([id, ms(c.median), range(c, ms), '', '', `val acc ${pct(c.valAccuracy)}; ${runsText(runs)}`]);
  }
  const ew = r.cases['engine-webgl'];
  if (!ew.available) out.push(['engine (webgl forced)', 'unavailable', '', '', '', ew.reason]);
  else
    out.push([
      'engine (webgl forced)',
      ms(ew.median),
      range(ew, ms),
      '',
      '',
      `val acc ${pct(ew.valAccuracy)}; loop ${ms(ew.loopMs.median)}; ${runsText(r.config.webglRuns)}`,
    ]);
  const ratioTargets: [string, 'fit-webgl' | 'fit-wasm' | 'fit-cpu' | 'floor', string][] = [
    ['engine-vs-fit-webgl', 'fit-webgl', '≤ 0.1× (≥ 10× faster)'],
    ['engine-vs-fit-wasm', 'fit-wasm', '< 1× (faster)'],
    ['engine-vs-fit-cpu', 'fit-cpu', '< 1× (faster)'],
    ['engine-vs-floor', 'floor', '≤ 8×'],
  ];
  for (const [id, base, text] of ratioTargets) {
    out.push([`engine ÷ ${base}`, times(r.ratios[base]), '', text, verdict(target(id)), '']);
  }
  out.push([
    'engine (webgl forced) ÷ fit-webgl',
    times(r.webglRatio),
    '',
    '< 1× (faster)',
    verdict(target('engine-webgl-vs-fit-webgl')),
    'the same backend',
  ]);
  const lt = r.longTask;
  out.push([
    'longest main-thread task while the engine trains',
    !lt.supported ? 'not reported' : lt.maxMs === null ? 'none over 50 ms' : ms(lt.maxMs),
    '',
    '≤ 50 ms',
    verdict(target('long-task')),
    `${lt.count} long tasks; a 20 ms timer was at most ${ms(lt.maxTimerDelayMs)} late`,
  ]);
  out.push(...appUiRows(r.appUi, r.targets));
  const p = r.predict;
  const res = p.clockResolutionMs;
  const fine = (v: number): string => (v < res ? `< ${ms(res)}` : ms(v));
  out.push([
    `predict, 1 row, warm p50 (${p.backend})`,
    fine(p.p50Ms),
    '',
    '≤ 1 ms',
    verdict(target('predict-p50')),
    `${p.runs} runs; clock resolution ${ms(res)}; mean of 500 back-to-back ${ms(p.meanMs)}`,
  ]);
  out.push([
    `predict, 1 row, warm p95 (${p.backend})`,
    fine(p.p95Ms),
    '',
    '',
    '',
    `cold ${ms(p.coldMs)}; ${int.format(p.batchRows)} rows at once ${ms(p.batchP50Ms)}`,
  ]);
  for (const d of r.data.sizes) {
    const big = d.rows === 1_000_000;
    const rowsText = `${int.format(d.rows)} rows`;
    const s = d.stages;
    out.push([
      `generate + clean + features, ${rowsText}`,
      ms(d.ms.median),
      range(d.ms, ms),
      big ? (target('data-1m-ms')?.target ?? '') : '',
      big ? verdict(target('data-1m-ms')) : '',
      `generate ${ms(s.generate)}, clean ${ms(s.clean)}, features ${ms(s.features)}`,
    ]);
    out.push([
      `peak heap, ${rowsText}`,
      mb(d.peakHeapBytes.median),
      range(d.peakHeapBytes, mb),
      big ? (target('data-1m-heap')?.target ?? '') : '',
      big ? verdict(target('data-1m-heap')) : '',
      `${mb(d.baselineBytes)} before the run (${r.data.heapSource})`,
    ]);
  }
  const fs = r.firstScreen;
  out.push([
    'first-screen JavaScript, gzipped',
    kb(fs.gzipBytes),
    '',
    target('first-screen')?.target ?? '',
    verdict(target('first-screen')),
    `${fs.files.length} file${fs.files.length === 1 ? '' : 's'}, ${kb(fs.bytes)} before gzip`,
  ]);
  out.push(...millionRows(r.million, r.targets));
  out.push(...dotRows(r.dot, r.targets));
  return out;
}

export function markdownTable(header: Row, body: Row[]): string {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => [...row[i]].length)));
  const line = (row: readonly string[]): string =>
    `| ${row.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatMachine(m: MachineInfo): string {
  const gl = m.webgl.kind === 'unavailable' ? 'WebGL unavailable' : `WebGL ${m.webgl.kind} (${m.webgl.renderer})`;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.os}`,
    `Browser: Chromium ${m.chromium} headless, ${gl}; Node ${m.node}`,
    `Load average (1 min) before the run: ${m.loadAverage.start.toFixed(2)}` +
      (m.loadAverage.start > m.cores / 2 ? ' — other work was running, so the figures are pessimistic' : ''),
  ].join('\n');
}

export function formatReport(r: BenchReport): string {
  const header: Row = ['case', 'median', 'min – max', 'target', 'result', 'notes'];
  const checked = r.targets.filter((t) => t.pass !== null);
  const missed = checked.filter((t) => !t.pass);
  const c = r.config;
  return [
    `Pipeline Lab benchmark, ${r.date.slice(0, 10)}`,
    formatMachine(r.machine),
    `Cases: default run (${int.format(c.trainRows)} training rows × ${c.inputSize} inputs, ${c.hidden1}-${c.hidden2}-1 MLP, ` +
      `${c.epochs} epochs, batch ${c.batchSize}, Adam ${c.learningRate}); ${c.runs} timed runs after a warm-up per case` +
      (c.webglRuns !== c.runs ? ` (fit-webgl: ${c.webglRuns})` : ''),
    '',
    markdownTable(header, rows(r)),
    '',
    `Targets: ${checked.length - missed.length} of ${checked.length} met` +
      (missed.length ? `; missed: ${missed.map((t) => t.label).join('; ')}` : '') +
      `. Whole benchmark: ${(r.benchMs / 1000).toFixed(0)} s.`,
  ].join('\n');
}
