/**
 * The naive baseline: the lesson's model trained with tfjs's own `model.fit`
 * on the current backend, the way a tutorial would write it.
 */
import * as tf from '@tensorflow/tfjs';
import { buildModel } from '../ml/model';
import type { PipelineConfig } from '../pipeline/config';
import type { Encoded } from '../pipeline/prepare';

export interface FitRun {
  readonly ms: number;
  readonly valAccuracy: number;
}

/** One `model.fit` from a fresh model to the trained one: model, tensors, fit, clean-up. */
export async function fitOnce(train: Encoded, validation: Encoded, config: PipelineConfig): Promise<FitRun> {
  const started = performance.now();
  const model = buildModel({ inputSize: train.d, hidden1: config.hidden1, hidden2: config.hidden2 }, config.seed);
  const optimizer = tf.train.adam(config.learningRate);
  model.compile({ optimizer, loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  const x = tf.tensor2d(train.x, [train.n, train.d]);
  const y = tf.tensor2d(train.y, [train.n, 1]);
  const vx = tf.tensor2d(validation.x, [validation.n, validation.d]);
  const vy = tf.tensor2d(validation.y, [validation.n, 1]);
  try {
    const history = await model.fit(x, y, {
      epochs: config.epochs,
      batchSize: config.batchSize,
      shuffle: true,
      validationData: [vx, vy],
      verbose: 0,
    });
    const accuracies = (history.history.val_acc ?? history.history.val_accuracy ?? []) as number[];
    return { ms: performance.now() - started, valAccuracy: accuracies[accuracies.length - 1] ?? NaN };
  } finally {
    tf.dispose([x, y, vx, vy]);
    model.dispose();
    optimizer.dispose();
  }
}
