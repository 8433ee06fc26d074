/**
 * The training worker: all tfjs work runs here, off the main thread, so the
 * page never freezes while a model trains. Serves LabEngine with comlink.
 */
import * as Comlink from 'comlink';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { LabEngine } from './engine';

const engine = new LabEngine({
  wasmPaths: {
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
  },
});

Comlink.expose(engine);
