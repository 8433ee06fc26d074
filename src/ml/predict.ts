/** Batch prediction: encoded rows in, probabilities out, no tensors left behind. */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';

/** P(converted) for each of `data.n` rows (row-major [n × d] input), in one batch (predict's default is 32 rows). */
export async function predictProba(model: tf.LayersModel, data: Pick<Encoded, 'x' | 'n' | 'd'>): Promise<Float32Array> {
  if (data.n === 0) return new Float32Array(0);
  const out = tf.tidy(() => model.predict(tf.tensor2d(data.x, [data.n, data.d]), { batchSize: data.n }) as tf.Tensor);
  try {
    return (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
}
