/**
 * The benchmark's worker: one per case, so each backend starts fresh and the
 * page's main thread stays idle. Holds the default run's data (the same
 * runData the engine prepares) and times `model.fit`, the hand-written floor
 * and single-row prediction. Served with comlink, like the engine.
 */
import * as tf from '@tensorflow/tfjs';
import * as Comlink from 'comlink';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { chooseBackend, type BackendName } from '../ml/backend';
import { measureLatency } from '../ml/latency';
import { trainForConfig } from '../ml/train';
import { resolveConfig } from '../pipeline/config';
import { runData, runRngs, type RunData } from '../pipeline/run-data';
import { fitOnce, type FitRun } from './fit';
import { trainFloor } from './floor';
import type { PredictResult } from './results';

const WASM_PATHS = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
};

const config = resolveConfig({});
const BURST = 500;

/** The smallest step performance.now() takes here (coarsened in pages that are not cross-origin isolated). */
function clockResolution(): number {
  let smallest = Infinity;
  let last = performance.now();
  for (let i = 0; i < 200_000; i++) {
    const t = performance.now();
    if (t > last) {
      smallest = Math.min(smallest, t - last);
      last = t;
    }
  }
  return smallest;
}
let data: RunData | null = null;

function requireData(): RunData {
  if (!data) throw new Error('start() first');
  return data;
}

export type StartResult =
  | {
      readonly ok: true;
      readonly backend: string;
      readonly trainRows: number;
      readonly validationRows: number;
      readonly inputSize: number;
    }
  | { readonly ok: false; readonly reason: string };

const api = {
  /** Prepares the default data and starts `backend` (null: no tfjs, for the floor). WebGL may be software-rendered here. */
  async start(backend: BackendName | null): Promise<StartResult> {
    const d = (data = runData(config));
    const shape = { trainRows: d.train.n, validationRows: d.validation.n, inputSize: d.train.d };
    if (!backend) return { ok: true, backend: 'js', ...shape };
    // Only this benchmark case lets tfjs accept a software WebGL (SwiftShader); the app never does.
    if (backend === 'webgl') tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    try {
      const choice = await chooseBackend([backend], WASM_PATHS);
      return { ok: true, backend: choice.backend, ...shape };
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
  },

  fit(): Promise<FitRun> {
    const d = requireData();
    return fitOnce(d.train, d.validation, config);
  },

  floor(): FitRun {
    const d = requireData();
    const started = performance.now();
    const r = trainFloor(d.train, d.validation, config, runRngs(config.seed).train);
    return { ms: performance.now() - started, valAccuracy: r.valAccuracy };
  },

  /** Trains the default model with the engine's loop, then times warm single-row predictions. */
  async predict(runs: number): Promise<PredictResult> {
    const d = requireData();
    const { model } = await trainForConfig(config, d);
    const one = tf.tensor2d(d.validation.x.subarray(0, d.validation.d), [1, d.validation.d]);
    try {
      const r = await measureLatency(model, d.validation, runs);
      // Per-call times are as coarse as this context's clock: a burst gives the mean to a finer grain.
      const started = performance.now();
      for (let i = 0; i < BURST; i++) {
        const y = model.predict(one) as tf.Tensor;
        await y.data();
        y.dispose();
      }
      const meanMs = (performance.now() - started) / BURST;
      return {
        backend: r.backend,
        coldMs: r.coldMs,
        p50Ms: r.p50Ms,
        p95Ms: r.p95Ms,
        runs: r.runs,
        meanMs,
        clockResolutionMs: clockResolution(),
        batchRows: r.batchRows,
        batchP50Ms: r.batchP50Ms,
      };
    } finally {
      one.dispose();
      model.dispose();
    }
  },
};

export type BenchWorkerApi = typeof api;

Comlink.expose(api);
