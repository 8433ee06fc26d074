import * as tf from '@tensorflow/tfjs';
import { describeTimings, fastest, measureStepMs } from '../../src/ml/backend-probe';

const WORK = { shape: { inputSize: 14, hidden1: 16, hidden2: 8 }, batchSize: 128 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('measureStepMs', () => {
  it('times real training steps on the active backend and frees everything it made', async () => {
    const before = tf.memory().numTensors;
    const ms = await measureStepMs(WORK, 4);
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('costs more per step for a much bigger workload (it measures the work, not a constant)', async () => {
    const small = await measureStepMs({ shape: { inputSize: 14, hidden1: 4, hidden2: 4 }, batchSize: 16 }, 4);
    const big = await measureStepMs({ shape: { inputSize: 14, hidden1: 128, hidden2: 64 }, batchSize: 512 }, 3);
    expect(big).toBeGreaterThan(small * 3);
  });
});

describe('fastest and describeTimings', () => {
  it('picks the lowest time, ignores non-finite ones, keeps the first on a tie', () => {
    expect(fastest([])).toBeNull();
    expect(fastest([{ backend: 'webgl', msPerStep: NaN }])).toBeNull();
    expect(
      fastest([
        { backend: 'webgl', msPerStep: 1.9 },
        { backend: 'wasm', msPerStep: 0.6 },
      ])?.backend,
    ).toBe('wasm');
    expect(
      fastest([
        { backend: 'webgl', msPerStep: 0.5 },
        { backend: 'wasm', msPerStep: 0.5 },
      ])?.backend,
    ).toBe('webgl');
  });

  it('says what was timed in words', () => {
    const text = describeTimings(
      [
        { backend: 'webgl', msPerStep: 1.844 },
        { backend: 'wasm', msPerStep: 12.3 },
      ],
      WORK,
    );
    expect(text).toBe('webgl 1.84 ms, wasm 12 ms per step of 16·8 units at batch 128');
  });
});
