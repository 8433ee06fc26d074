/**
 * Inference latency as a learner's browser (or Node) experiences it: the first
 * call on a fresh model ("cold": includes kernel set-up and, on WebGL, shader
 * compilation) and warm percentiles over repeated calls. Each call includes
 * reading the result back, which is what serving a prediction costs.
 */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import { nextTask, throwIfCancelled } from './next-task';
import { PREDICT_CHUNK } from './predict';

export interface LatencyReport {
  readonly backend: string;
  /** First single-row prediction on this model, ms. */
  readonly coldMs: number;
  /** Warm single-row prediction, median and 95th percentile, ms. */
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Warm single-row mean, ms: the whole loop's time ÷ runs (finer than a coarse browser clock). */
  readonly meanMs: number;
  /** Warm prediction of `batchRows` rows at once (the first rows, at most PREDICT_CHUNK), median and 95th percentile, ms. */
  readonly batchRows: number;
  readonly batchP50Ms: number;
  readonly batchP95Ms: number;
  readonly runs: number;
}

/** The q-quantile (0–1) of `xs` by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** One timed call, the whole input as one batch (explicit: tfjs's default would slice it into 32s). */
async function timeOnce(model: tf.LayersModel, x: tf.Tensor2D): Promise<number> {
  const t0 = performance.now();
  const y = model.predict(x, { batchSize: x.shape[0] }) as tf.Tensor;
  await y.data();
  const ms = performance.now() - t0;
  y.dispose();
  return ms;
}

/**
 * Runs `count` timings, yielding to the event loop between groups of ten so a
 * cancel is heard. `totalMs` is the wall time of the calls themselves, yields excluded.
 */
async function timeMany(
  model: tf.LayersModel,
  x: tf.Tensor2D,
  count: number,
  signal?: AbortSignal,
): Promise<{ times: number[]; totalMs: number }> {
  const times: number[] = [];
  let totalMs = 0;
  for (let i = 0; i < count; i += 10) {
    throwIfCancelled(signal);
    await nextTask();
    const t0 = performance.now();
    for (let k = i; k < Math.min(count, i + 10); k++) times.push(await timeOnce(model, x));
    totalMs += performance.now() - t0;
  }
  return { times, totalMs };
}

/**
 * Measures `model` on the first row of `data` and on its first
 * min(n, PREDICT_CHUNK) rows as one batch (a serving batch is bounded; the cost
 * of a measurement does not grow with the validation split).
 * Pass a freshly built or loaded model for a meaningful cold figure.
 * @throws WorkCancelled when `signal` aborts (checked between groups of calls)
 */
export async function measureLatency(
  model: tf.LayersModel,
  data: Pick<Encoded, 'x' | 'n' | 'd'>,
  runs = 50,
  signal?: AbortSignal,
): Promise<LatencyReport> {
  const batchRows = Math.min(data.n, PREDICT_CHUNK);
  const one = tf.tensor2d(data.x.subarray(0, data.d), [1, data.d]);
  const batchX = tf.tensor2d(data.x.subarray(0, batchRows * data.d), [batchRows, data.d]);
  try {
    const coldMs = await timeOnce(model, one);
    await timeOnce(model, batchX); // warm the batch-sized kernels too
    const { times: single, totalMs } = await timeMany(model, one, runs, signal);
    const meanMs = totalMs / runs;
    const { times: batch } = await timeMany(model, batchX, Math.max(5, Math.floor(runs / 5)), signal);
    return {
      backend: tf.getBackend(),
      coldMs,
      p50Ms: quantile(single, 0.5),
      p95Ms: quantile(single, 0.95),
      meanMs,
      batchRows,
      batchP50Ms: quantile(batch, 0.5),
      batchP95Ms: quantile(batch, 0.95),
      runs,
    };
  } finally {
    tf.dispose([one, batchX]);
  }
}
