import type { EngineCase, FitCase, PageResults, Summary } from '../../../src/bench/results';
import type { AppUiResult } from '../../../scripts/bench/app-ui';
import type { FirstScreen } from '../../../scripts/bench/first-screen';
import { formatReport } from '../../../scripts/bench/format';
import type { MachineInfo } from '../../../scripts/bench/machine';
import { buildReport, type BenchReport } from '../../../scripts/bench/report';

const runs = (median: number): Summary => ({ runs: [median - 1, median, median + 1], median, min: median - 1, max: median + 1 });
const engineOn = (backend: string, median: number): EngineCase => ({
  available: true,
  backend,
  backendReason: 'test',
  valAccuracy: 0.84,
  coldMs: 2 * median,
  loopMs: runs(median - 5),
  ...runs(median),
});
const fit = (backend: string, median: number): FitCase => ({ available: true, backend, valAccuracy: 0.84, ...runs(median) });

/** Page results that meet every target; each test spoils one figure. */
function page(over: Partial<PageResults> = {}): PageResults {
  return {
    userAgent: 'test',
    webgl: { available: true, software: true, renderer: 'SwiftShader' },
    heapSource: 'cdp',
    config: {
      runs: 3,
      webglRuns: 3,
      epochs: 5,
      batchSize: 128,
      learningRate: 0.005,
      hidden1: 16,
      hidden2: 8,
      trainRows: 7840,
      validationRows: 1960,
      inputSize: 14,
    },
    engine: engineOn('wasm', 150),
    engineWebgl: engineOn('webgl', 1500),
    fit: { webgl: fit('webgl', 4500), wasm: fit('wasm', 500), cpu: fit('cpu', 900) },
    floor: { available: true, backend: 'js', valAccuracy: 0.85, ...runs(125) },
    longTask: { maxMs: null, count: 0, maxTimerDelayMs: 3, supported: true },
    predict: {
      backend: 'wasm',
      coldMs: 3,
      p50Ms: 0.1,
      p95Ms: 0.3,
      runs: 200,
      meanMs: 0.05,
      clockResolutionMs: 0.1,
      batchRows: 1960,
      batchP50Ms: 8,
    },
    data: [
      {
        rows: 1_000_000,
        ms: runs(1400),
        peakHeapBytes: runs(99e6),
        baselineBytes: 2e6,
        stages: { generate: 1300, clean: 70, features: 30 },
        rowCounts: { generated: 1_000_000, cleaned: 980_000, features: 980_000 },
      },
    ],
    totalMs: 60_000,
    ...over,
  };
}

const appUi: AppUiResult = { available: true, clickToTrainedMs: runs(250), longTaskMaxMs: null, longTaskCount: 0 };
const firstScreen: FirstScreen = {
  files: [{ file: 'assets/index.js', bytes: 400e3, gzipBytes: 134e3 }],
  bytes: 400e3,
  gzipBytes: 134e3,
};
const machine: MachineInfo = {
  os: 'Linux',
  cpu: 'AMD EPYC',
  cores: 2,
  memoryBytes: 2 ** 34,
  node: 'v20',
  chromium: '156',
  userAgent: 'test',
  webgl: { available: true, software: true, renderer: 'SwiftShader', kind: 'software' },
  loadAverage: { start: 0.2, end: 1.5 },
};

const report = (p: PageResults, ui: AppUiResult = appUi, fs: FirstScreen = firstScreen): BenchReport =>
  buildReport(p, ui, fs, machine, 90_000);
const verdict = (r: BenchReport, id: string): boolean | null | undefined => r.targets.find((t) => t.id === id)?.pass;

describe('buildReport', () => {
  it('divides the engine’s median by each baseline’s, and engine-webgl’s by fit-webgl’s', () => {
    const r = report(page());
    expect(r.ratios['fit-wasm']).toBeCloseTo(150 / 500);
    expect(r.ratios.floor).toBeCloseTo(150 / 125);
    expect(r.webglRatio).toBeCloseTo(1500 / 4500);
    expect(r.targets.every((t) => t.pass === true)).toBe(true);
  });

  it.each([
    [
      'engine',
      {
        engine: engineOn('wasm', 1200),
        fit: { webgl: fit('webgl', 20_000), wasm: fit('wasm', 2000), cpu: fit('cpu', 2000) },
        floor: { available: true as const, backend: 'js', valAccuracy: 0.85, ...runs(1000) },
      },
    ],
    ['engine-vs-fit-wasm', { fit: { ...page().fit, wasm: fit('wasm', 140) } }],
    ['engine-vs-fit-cpu', { fit: { ...page().fit, cpu: fit('cpu', 149) } }],
    ['engine-vs-fit-webgl', { fit: { ...page().fit, webgl: fit('webgl', 1499) }, engineWebgl: engineOn('webgl', 1000) }],
    ['engine-vs-floor', { floor: { available: true as const, backend: 'js', valAccuracy: 0.85, ...runs(15) } }],
    ['engine-webgl-vs-fit-webgl', { engineWebgl: engineOn('webgl', 4600) }],
    ['long-task', { longTask: { maxMs: 51, count: 1, maxTimerDelayMs: 40, supported: true } }],
    ['predict-p50', { predict: { ...page().predict, p50Ms: 1.2 } }],
  ] as [string, Partial<PageResults>][])('misses %s when its figure is over the limit', (id, over) => {
    const r = report(page(over));
    expect(verdict(r, id)).toBe(false);
    expect(r.targets.filter((t) => t.pass === false).map((t) => t.id)).toEqual([id]);
  });

  it('a ratio of exactly 1 is not “faster”', () => {
    expect(verdict(report(page({ fit: { ...page().fit, wasm: fit('wasm', 150) } })), 'engine-vs-fit-wasm')).toBe(false);
  });

  it('misses the first-screen and app-UI targets from their own measurements', () => {
    const big = { ...firstScreen, gzipBytes: 251e3 };
    const janky: AppUiResult = { ...appUi, longTaskMaxMs: 90, longTaskCount: 2 } as AppUiResult;
    const r = report(page(), janky, big);
    expect(verdict(r, 'first-screen')).toBe(false);
    expect(verdict(r, 'long-task-app')).toBe(false);
  });

  it('marks a target not measurable (null), never passed, when its case could not run', () => {
    const r = report(
      page({
        engineWebgl: { available: false, backend: 'webgl', reason: 'no WebGL' },
        data: [],
      }),
      { available: false, reason: 'no app' },
    );
    expect(r.webglRatio).toBeNull();
    expect(verdict(r, 'engine-webgl-vs-fit-webgl')).toBeNull();
    expect(verdict(r, 'data-1m-ms')).toBeNull();
    expect(verdict(r, 'long-task-app')).toBeNull();
  });
});

describe('formatReport', () => {
  it('prints each case, flags a miss in bold and counts the targets met', () => {
    const text = formatReport(report(page({ engineWebgl: engineOn('webgl', 4600) })));
    expect(text).toMatch(/\| engine \(auto → wasm\) +\| 150 ms/);
    expect(text).toMatch(/\| engine \(webgl forced\) ÷ fit-webgl +\| 1\.02× .*\*\*MISS\*\*/);
    expect(text).toContain('Targets: 11 of 12 met; missed: engine on WebGL faster than fit-webgl.');
  });

  it('says why a case is unavailable instead of printing a number', () => {
    const text = formatReport(report(page({ engineWebgl: { available: false, backend: 'webgl', reason: 'no WebGL here' } })));
    expect(text).toMatch(/\| engine \(webgl forced\) +\| unavailable .*no WebGL here/);
  });
});
