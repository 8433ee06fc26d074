/**
 * Inference latency as a learner's browser (or Node) experiences it: the first
 * call on a fresh model ("cold": includes kernel set-up and, on WebGL, shader
 * compilation) and warm percentiles over repeated calls. Each call includes
 * reading the result back, which is what serving a prediction costs.
 */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import { quantile } from '../pipeline/quantile';

export interface LatencyReport {
  readonly backend: string;
  /** First single-row prediction on this model, ms. */
  readonly coldMs: number;
  /** Warm single-row prediction, median and 95th percentile, ms. */
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Warm single-row mean, ms: the whole loop's time ÷ runs (finer than a coarse browser clock). */
  readonly meanMs: number;
  /** Warm prediction of `batchRows` rows at once, median and 95th percentile, ms. */
  readonly batchRows: number;
  readonly batchP50Ms: number;
  readonly batchP95Ms: number;
  readonly runs: number;
}

async function timeOnce(model: tf.LayersModel, x: tf.Tensor2D): Promise<number> {
  const t0 = performance.now();
  const y = model.predict(x) as tf.Tensor;
  await y.data();
  const ms = performance.now() - t0;
  y.dispose();
  return ms;
}

/**
 * Measures `model` on the first row of `data` and on all of its rows.
 * Pass a freshly built or loaded model for a meaningful cold figure.
 */
export async function measureLatency(
  model: tf.LayersModel,
  data: Pick<Encoded, 'x' | 'n' | 'd'>,
  runs = 50,
): Promise<LatencyReport> {
  const one = tf.tensor2d(data.x.subarray(0, data.d), [1, data.d]);
  const all = tf.tensor2d(data.x, [data.n, data.d]);
  try {
    const coldMs = await timeOnce(model, one);
    await timeOnce(model, all); // warm the batch-sized kernels too
    const single: number[] = [];
    const batch: number[] = [];
    const loopStart = performance.now();
    for (let i = 0; i < runs; i++) single.push(await timeOnce(model, one));
    const meanMs = (performance.now() - loopStart) / runs;
    for (let i = 0; i < Math.max(5, Math.floor(runs / 5)); i++) batch.push(await timeOnce(model, all));
    return {
      backend: tf.getBackend(),
      coldMs,
      p50Ms: quantile(single, 0.5),
      p95Ms: quantile(single, 0.95),
      meanMs,
      batchRows: data.n,
      batchP50Ms: quantile(batch, 0.5),
      batchP95Ms: quantile(batch, 0.95),
      runs,
    };
  } finally {
    tf.dispose([one, all]);
  }
}
