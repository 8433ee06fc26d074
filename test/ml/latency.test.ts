import * as tf from '@tensorflow/tfjs';
import { measureLatency, quantile } from '../../src/ml/latency';
import { buildModel } from '../../src/ml/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('quantile (nearest rank)', () => {
  const xs = [50, 10, 40, 20, 30, 60, 90, 70, 100, 80];

  it.each([
    [0, 10],
    [0.1, 10],
    [0.11, 20],
    [0.5, 50],
    [0.51, 60],
    [0.9, 90],
    [0.95, 100],
    [1, 100],
  ])('q = %d gives %d', (q, expected) => {
    expect(quantile(xs, q)).toBe(expected);
  });

  it('handles one element, an empty list and out-of-range q', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([3, 1, 2], -1)).toBe(1);
    expect(quantile([3, 1, 2], 2)).toBe(3);
  });

  it('does not reorder its input', () => {
    const copy = [...xs];
    quantile(xs, 0.5);
    expect(xs).toEqual(copy);
  });
});

describe('measureLatency', () => {
  const n = 64;
  const d = 14;
  const x = Float32Array.from({ length: n * d }, (_, i) => Math.sin(i));

  it('returns finite positive timings with p50 ≤ p95 and leaks nothing', async () => {
    const model = buildModel({ inputSize: d, hidden1: 16, hidden2: 8 }, 42);
    try {
      const baseline = tf.memory().numTensors;
      const r = await measureLatency(model, { x, n, d }, 20);
      expect(tf.memory().numTensors).toBe(baseline);
      for (const v of [r.coldMs, r.p50Ms, r.p95Ms, r.batchP50Ms, r.batchP95Ms]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThan(0);
      }
      expect(r.p50Ms).toBeLessThanOrEqual(r.p95Ms);
      expect(r.batchP50Ms).toBeLessThanOrEqual(r.batchP95Ms);
      expect(r.backend).toBe('cpu');
      expect(r.runs).toBe(20);
      expect(r.batchRows).toBe(n);
    } finally {
      model.dispose();
    }
  });
});
