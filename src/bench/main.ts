/**
 * The benchmark page (bench.html): runs every case in turn and publishes the
 * results on `window.__bench` for scripts/bench/run.ts. Query parameters:
 * `runs` (timed runs per case, default 5), `webglRuns` (for fit-webgl, default
 * `runs`), `sizes` (comma-separated row counts for the data case), `only=engine` (the engine
 * and the floor alone).
 */
import { probeWebgl } from '../ml/webgl-probe';
import type { BackendName } from '../ml/backend';
import { resolveConfig } from '../pipeline/config';
import { dataCase } from './data-case';
import { engineCase, engineOnWebglCase } from './engine-case';
import { heapSampler } from './heap';
import type { BenchState, DataScaleResult, PageResults } from './results';
import { dataShape, fitCase, floorCase, predictCase } from './worker-cases';

const PREDICT_RUNS = 200;

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const v = Number(params.get(name));
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

const logElement = document.getElementById('log');
function log(line: string): void {
  console.info(`[bench] ${line}`);
  if (logElement) logElement.textContent += `${line}\n`;
}

async function run(): Promise<PageResults> {
  const started = performance.now();
  const params = new URLSearchParams(window.location.search);
  const runs = intParam(params, 'runs', 5);
  const webglRuns = intParam(params, 'webglRuns', runs);
  const sizes = (params.get('sizes') ?? '10000,100000,1000000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const defaults = resolveConfig({});
  const heap = heapSampler();
  const webgl = probeWebgl();
  log(`WebGL: ${webgl.available ? `${webgl.software ? 'software' : 'hardware'} (${webgl.renderer})` : 'unavailable'}`);

  const data: DataScaleResult[] = [];
  for (const rows of sizes) {
    log(`data: generate + clean + features at ${rows} rows…`);
    data.push(await dataCase(rows, runs, heap));
  }
  const shape = await dataShape();
  log('engine: LabEngine in its worker, default config, backend auto…');
  const { engine, longTask } = await engineCase(runs);
  log(`engine: ${engine.median.toFixed(0)} ms on ${engine.backend}`);
  log('floor: hand-written Float32Array MLP…');
  const floor = await floorCase(runs);
  log('fit-wasm…');
  const wasm = await fitCase('wasm', runs);
  log('fit-cpu…');
  const cpu = await fitCase('cpu', runs);
  log(`predict: single row on ${engine.backend}…`);
  const predict = await predictCase(engine.backend as BackendName, PREDICT_RUNS);
  log(`fit-webgl (${webglRuns} runs; slow on a software renderer)…`);
  const webglFit = await fitCase('webgl', webglRuns);
  log(`engine on webgl (${webglRuns} runs)…`);
  const engineWebgl = await engineOnWebglCase(webglRuns);

  return {
    userAgent: navigator.userAgent,
    webgl,
    heapSource: heap.source,
    config: {
      runs,
      webglRuns,
      epochs: defaults.epochs,
      batchSize: defaults.batchSize,
      learningRate: defaults.learningRate,
      hidden1: defaults.hidden1,
      hidden2: defaults.hidden2,
      ...shape,
    },
    engine,
    engineWebgl,
    fit: { webgl: webglFit, wasm, cpu },
    floor,
    longTask,
    predict,
    data,
    totalMs: performance.now() - started,
  };
}

const state: BenchState = { done: false };
window.__bench = state;
/** `?only=engine`: the engine case and the floor alone (what `npm run bench -- --only engine` reads). */
async function engineOnly(): Promise<void> {
  const runs = intParam(new URLSearchParams(window.location.search), 'runs', 5);
  log('engine: LabEngine in its worker, default config, backend auto…');
  const { engine, longTask } = await engineCase(runs);
  log(`engine: ${engine.median.toFixed(0)} ms on ${engine.backend}`);
  log('floor: hand-written Float32Array MLP…');
  state.engineOnly = { engine, floor: await floorCase(runs), longTask };
}

async function start(): Promise<void> {
  try {
    if (new URLSearchParams(window.location.search).get('only') === 'engine') await engineOnly();
    else state.results = await run();
    log('done');
  } catch (e) {
    state.error = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    log(`failed: ${state.error}`);
  } finally {
    state.done = true;
  }
}
void start();
