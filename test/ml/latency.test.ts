import * as tf from '@tensorflow/tfjs';
import { measureLatency } from '../../src/ml/latency';
import { buildModel } from '../../src/ml/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
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
