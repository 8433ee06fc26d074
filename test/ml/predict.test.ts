import * as tf from '@tensorflow/tfjs';
import { measureLatency } from '../../src/ml/latency';
import { buildModel } from '../../src/ml/model';
import { WorkCancelled } from '../../src/ml/next-task';
import { PREDICT_CHUNK, predictProba } from '../../src/ml/predict';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const d = 6;
const rows = (n: number) => ({ x: Float32Array.from({ length: n * d }, (_, i) => Math.sin(i * 0.37)), n, d });

/** Every predict call's row count and batch size. */
function spyOnPredict(model: tf.LayersModel): { rows: number; batchSize: number | undefined }[] {
  const calls: { rows: number; batchSize: number | undefined }[] = [];
  const real = model.predict.bind(model);
  vi.spyOn(model, 'predict').mockImplementation((x, args) => {
    calls.push({ rows: (x as tf.Tensor).shape[0] ?? 0, batchSize: args?.batchSize });
    return real(x, args);
  });
  return calls;
}

describe('predictProba: bounded chunks, linear cost', () => {
  it.each([
    [1, 7],
    [7, 7],
    [50, 7],
    [1000, 64],
  ])('%i rows in chunks of %i make ⌈n / chunk⌉ predict calls, each one batch of at most chunk rows', async (n, chunk) => {
    const model = buildModel({ inputSize: d, hidden1: 8, hidden2: 4 }, 3);
    try {
      const calls = spyOnPredict(model);
      await predictProba(model, rows(n), { chunk });
      expect(calls).toHaveLength(Math.ceil(n / chunk));
      for (const c of calls) {
        expect(c.rows).toBeLessThanOrEqual(chunk);
        expect(c.batchSize).toBe(c.rows);
      }
      expect(calls.reduce((s, c) => s + c.rows, 0)).toBe(n);
    } finally {
      model.dispose();
    }
  });

  it('gives the same probabilities as one call over every row, and leaks nothing', async () => {
    const model = buildModel({ inputSize: d, hidden1: 8, hidden2: 4 }, 5);
    try {
      const data = rows(300);
      const whole = tf.tidy(() => model.predict(tf.tensor2d(data.x, [300, d])) as tf.Tensor).dataSync();
      const baseline = tf.memory().numTensors;
      const p = await predictProba(model, data, { chunk: 64 });
      expect(tf.memory().numTensors).toBe(baseline);
      expect(Array.from(p)).toEqual(Array.from(whole));
    } finally {
      model.dispose();
    }
  });

  it('uses PREDICT_CHUNK by default', async () => {
    const model = buildModel({ inputSize: d, hidden1: 4, hidden2: 2 }, 7);
    try {
      const calls = spyOnPredict(model);
      await predictProba(model, rows(PREDICT_CHUNK + 1));
      expect(calls.map((c) => c.rows)).toEqual([PREDICT_CHUNK, 1]);
    } finally {
      model.dispose();
    }
  });

  it('stops at the next chunk once its signal aborts, leaving no tensors behind', async () => {
    const model = buildModel({ inputSize: d, hidden1: 8, hidden2: 4 }, 9);
    try {
      const controller = new AbortController();
      const calls = spyOnPredict(model);
      const baseline = tf.memory().numTensors;
      const run = predictProba(model, rows(1000), { chunk: 10, signal: controller.signal });
      controller.abort();
      await expect(run).rejects.toBeInstanceOf(WorkCancelled);
      expect(calls.length).toBeLessThan(100);
      expect(tf.memory().numTensors).toBe(baseline);
    } finally {
      model.dispose();
    }
  });
});

describe('measureLatency: bounded batch', () => {
  it('times at most PREDICT_CHUNK rows per call, each call one explicit batch', async () => {
    const model = buildModel({ inputSize: d, hidden1: 4, hidden2: 2 }, 11);
    try {
      const calls = spyOnPredict(model);
      const r = await measureLatency(model, rows(PREDICT_CHUNK + 500), 5);
      expect(r.batchRows).toBe(PREDICT_CHUNK);
      for (const c of calls) {
        expect(c.rows).toBeLessThanOrEqual(PREDICT_CHUNK);
        expect(c.batchSize).toBe(c.rows);
      }
    } finally {
      model.dispose();
    }
  });

  it('stops with WorkCancelled when its signal has aborted', async () => {
    const model = buildModel({ inputSize: d, hidden1: 4, hidden2: 2 }, 13);
    try {
      const controller = new AbortController();
      controller.abort();
      await expect(measureLatency(model, rows(20), 5, controller.signal)).rejects.toBeInstanceOf(WorkCancelled);
    } finally {
      model.dispose();
    }
  });
});
