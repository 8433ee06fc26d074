/** Batch prediction: encoded rows in, probabilities out, no tensors left behind. */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import { nextTask, throwIfCancelled } from './next-task';

/**
 * Most rows one `model.predict` call sees. Each call gets an explicit batch
 * size equal to its rows: without one tfjs cuts the input into batches of 32
 * and (on WASM) copies the whole input per slice, so the cost grows with the
 * square of the rows (196,000 rows: 6,125 slices of an 11 MB input). Bounded
 * chunks keep the cost linear and the memory per call fixed (8,192 × 32
 * hidden activations ≈ 1 MB).
 */
export const PREDICT_CHUNK = 8192;

export interface PredictOptions {
  /** Checked before every chunk: an abort stops the work with WorkCancelled. */
  readonly signal?: AbortSignal;
  /** Rows per predict call (default PREDICT_CHUNK). */
  readonly chunk?: number;
}

/** One predict call over `m` rows starting at row `start`, as its own batch. */
async function predictChunk(
  model: tf.LayersModel,
  data: Pick<Encoded, 'x' | 'd'>,
  start: number,
  m: number,
): Promise<Float32Array> {
  const x = data.x.subarray(start * data.d, (start + m) * data.d);
  const out = tf.tidy(() => model.predict(tf.tensor2d(x, [m, data.d]), { batchSize: m }) as tf.Tensor);
  try {
    return (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
}

/**
 * P(converted) for each of `data.n` rows (row-major [n × d] input), in
 * ⌈n / chunk⌉ predict calls, yielding to the event loop between them so a
 * cancel or a newer request is heard.
 * @throws WorkCancelled when `o.signal` aborts
 */
export async function predictProba(
  model: tf.LayersModel,
  data: Pick<Encoded, 'x' | 'n' | 'd'>,
  o: PredictOptions = {},
): Promise<Float32Array> {
  const chunk = Math.max(1, Math.floor(o.chunk ?? PREDICT_CHUNK));
  const p = new Float32Array(data.n);
  for (let start = 0; start < data.n; start += chunk) {
    throwIfCancelled(o.signal);
    const m = Math.min(chunk, data.n - start);
    p.set(await predictChunk(model, data, start, m), start);
    if (start + m < data.n) await nextTask();
  }
  return p;
}
