/**
 * The benchmark's report: the page's results plus the first screen's size and
 * the machine, the engine's ratios to every baseline, and each target checked.
 * Times are ms, sizes are bytes; kB and MB in the table are 1,000 and 1,000,000 bytes.
 */
import type { DataScaleResult, FitCase, HeapSource, PageResults, TrainingCase } from '../../src/bench/results';
import type { AppUiResult } from './app-ui';
import type { DotSize } from './dot-frames';
import { dotTargets } from './dot-report';
import type { FirstScreen } from './first-screen';
import type { MachineInfo } from './machine';
import type { MillionResult } from './million';

/** First-screen JavaScript budget, gzipped bytes. */
export const FIRST_SCREEN_LIMIT_BYTES = 150e3;

export const BASELINES = ['fit-webgl', 'fit-wasm', 'fit-cpu', 'floor'] as const;
export type Baseline = (typeof BASELINES)[number];

export interface TargetCheck {
  readonly id: string;
  readonly label: string;
  /** The measured figure (ms, bytes or a ratio); null when the case could not run. */
  readonly value: number | null;
  readonly limit: number;
  readonly target: string;
  /** null: not measurable here (the case was unavailable). */
  readonly pass: boolean | null;
}

export interface BenchReport {
  readonly schema: 'pipeline-lab-bench/1';
  readonly date: string;
  readonly machine: MachineInfo;
  readonly config: PageResults['config'];
  readonly cases: {
    readonly engine: PageResults['engine'];
    readonly 'engine-webgl': PageResults['engineWebgl'];
  } & Readonly<Record<Baseline, FitCase>>;
  /** engine median ÷ baseline median (below 1: the engine is faster); null when the baseline did not run. */
  readonly ratios: Readonly<Record<Baseline, number | null>>;
  /** engine-webgl median ÷ fit-webgl median: the engine against model.fit on the same backend; null when either did not run. */
  readonly webglRatio: number | null;
  readonly longTask: PageResults['longTask'];
  /** The same engine driven through the app's own UI (Stage 4's Train button). */
  readonly appUi: AppUiResult;
  /** 1,000,000 rows end to end in the app; null when the case was not run. */
  readonly million: MillionResult | null;
  /** The dot view's frame time per transition at 10,000 and 1,000,000 rows; null when not run. */
  readonly dot: DotSize[] | null;
  readonly predict: PageResults['predict'];
  readonly data: { readonly heapSource: HeapSource; readonly sizes: DataScaleResult[] };
  readonly firstScreen: FirstScreen;
  readonly targets: TargetCheck[];
  /** Wall time of the whole run, builds included. */
  readonly benchMs: number;
}

export function check(
  id: string,
  label: string,
  value: number | null,
  limit: number,
  target: string,
  strict = false,
): TargetCheck {
  const pass = value === null || Number.isNaN(value) ? null : strict ? value < limit : value <= limit;
  return { id, label, value, limit, target, pass };
}

/** The app UI's longest main-thread task while training: the same target in the full run and in `--only app-ui`. */
export function appUiTarget(appUi: AppUiResult): TargetCheck {
  return check(
    'long-task-app',
    'longest main-thread task while training, in the app UI',
    appUi.available ? (appUi.longTaskMaxMs ?? 0) : null,
    50,
    '≤ 50 ms',
  );
}

/** The 1,000,000-row case's targets: stage 6 within two minutes of "Trained", no main-thread task over 50 ms. */
export function millionTargets(m: MillionResult | null): TargetCheck[] {
  if (!m) return [];
  const ok = m.available;
  return [
    check('million-stage6', '1,000,000 rows: stage 6 ready after training', ok ? m.stage6Ms : null, 120_000, '≤ 120 s'),
    check('million-long-task', '1,000,000 rows: longest main-thread task', ok ? (m.longTaskMaxMs ?? 0) : null, 50, '≤ 50 ms'),
  ];
}

export function buildReport(
  page: PageResults,
  appUi: AppUiResult,
  firstScreen: FirstScreen,
  machine: MachineInfo,
  benchMs: number,
  millionRun: MillionResult | null = null,
  dot: DotSize[] | null = null,
): BenchReport {
  const cases = {
    engine: page.engine,
    'engine-webgl': page.engineWebgl,
    'fit-webgl': page.fit.webgl,
    'fit-wasm': page.fit.wasm,
    'fit-cpu': page.fit.cpu,
    floor: page.floor as TrainingCase,
  };
  /** a's median ÷ b's; null when either did not run. */
  const ratioOf = (a: FitCase, b: FitCase): number | null => (a.available && b.available ? a.median / b.median : null);
  const ratio = (c: FitCase): number | null => ratioOf(page.engine, c);
  const ratios = {
    'fit-webgl': ratio(cases['fit-webgl']),
    'fit-wasm': ratio(cases['fit-wasm']),
    'fit-cpu': ratio(cases['fit-cpu']),
    floor: ratio(cases.floor),
  };
  const webglRatio = ratioOf(page.engineWebgl, cases['fit-webgl']);
  const million = page.data.find((d) => d.rows === 1_000_000);
  const targets = [
    check('engine', 'engine, default 5 epochs', page.engine.median, 1000, '≤ 1,000 ms'),
    check('engine-vs-fit-wasm', 'engine faster than fit-wasm', ratios['fit-wasm'], 1, 'ratio < 1', true),
    check('engine-vs-fit-cpu', 'engine faster than fit-cpu', ratios['fit-cpu'], 1, 'ratio < 1', true),
    check('engine-vs-fit-webgl', 'engine ≥ 10× faster than fit-webgl', ratios['fit-webgl'], 0.1, 'ratio ≤ 0.1'),
    check('engine-vs-floor', 'engine within 8× of floor', ratios.floor, 8, 'ratio ≤ 8'),
    check('engine-webgl-vs-fit-webgl', 'engine on WebGL faster than fit-webgl', webglRatio, 1, 'ratio < 1', true),
    // No 'longtask' entry means no task over 50 ms.
    check(
      'long-task',
      'longest main-thread task while training',
      page.longTask.supported ? (page.longTask.maxMs ?? 0) : null,
      50,
      '≤ 50 ms',
    ),
    appUiTarget(appUi),
    check('predict-p50', 'single-row predict p50', page.predict.p50Ms, 1, '≤ 1 ms'),
    check('data-1m-ms', '1,000,000 rows: time', million?.ms.median ?? null, 1500, '≤ 1,500 ms'),
    check('data-1m-heap', '1,000,000 rows: peak heap', million?.peakHeapBytes.median ?? null, 300e6, '≤ 300 MB'),
    // The product's limit for the first screen (React, the store and the views; tfjs and charts load later).
    check('first-screen', 'first-screen JavaScript, gzipped', firstScreen.gzipBytes, FIRST_SCREEN_LIMIT_BYTES, '≤ 150 kB'),
    ...millionTargets(millionRun),
    ...dotTargets(dot),
  ];
  return {
    schema: 'pipeline-lab-bench/1',
    date: new Date().toISOString(),
    machine,
    config: page.config,
    cases,
    ratios,
    webglRatio,
    longTask: page.longTask,
    appUi,
    million: millionRun,
    dot,
    predict: page.predict,
    data: { heapSource: page.heapSource, sizes: page.data },
    firstScreen,
    targets,
    benchMs,
  };
}
