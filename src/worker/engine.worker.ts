/**
 * The training worker: all tfjs work runs here, off the main thread, so the
 * page never freezes while a model trains. Exposed with comlink.
 */
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { chooseBackend, type BackendChoice } from '../ml/backend';
import { runPipeline } from '../ml/run-pipeline';
import type { PipelineConfig } from '../pipeline/config';
import type { EngineApi, RunCallbacks } from './protocol';

const WASM_PATHS = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
};

let backend: Promise<BackendChoice> | null = null;
let controller: AbortController | null = null;

const engine: EngineApi = {
  async run(config: PipelineConfig, callbacks: RunCallbacks) {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    backend ??= chooseBackend(undefined, WASM_PATHS);
    const run = await runPipeline(config, {
      backend: await backend,
      signal: mine.signal,
      onEpoch: (e) => void callbacks.onEpoch(e),
    });
    run.model.dispose();
    if (controller === mine) controller = null;
    return run.summary;
  },
  cancel() {
    controller?.abort();
    controller = null;
  },
  async numTensors() {
    return tf.memory().numTensors;
  },
};

Comlink.expose(engine);
