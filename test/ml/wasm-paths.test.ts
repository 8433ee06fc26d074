// @vitest-environment node
import * as tf from '@tensorflow/tfjs';
import { resolve } from 'node:path';
import { chooseBackend } from '../../src/ml/backend';

// Its own file: the WASM backend reads its paths once per module instance.
const dist = resolve(import.meta.dirname, '../../node_modules/@tensorflow/tfjs-backend-wasm/dist');

describe('the WASM backend with only the single-threaded binaries', () => {
  it('starts from a map that names just the plain and SIMD files, never asking for the threaded one', async () => {
    const choice = await chooseBackend(['wasm'], {
      'tfjs-backend-wasm.wasm': resolve(dist, 'tfjs-backend-wasm.wasm'),
      'tfjs-backend-wasm-simd.wasm': resolve(dist, 'tfjs-backend-wasm-simd.wasm'),
    });
    expect(choice.attempts).toEqual([{ name: 'wasm', ok: true }]);
    expect(tf.getBackend()).toBe('wasm');
    expect(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(false);
    expect(tf.tidy(() => tf.add(tf.scalar(2), tf.scalar(3)).dataSync()[0])).toBe(5);
    await tf.setBackend('cpu');
  });
});
