/**
 * The training loop. Not `model.fit`: batches are built once as tensors, every
 * step runs `optimizer.minimize`, and the per-batch loss and hit counts stay on
 * the device until the epoch ends — one read-back per epoch instead of one per
 * batch. Shuffling uses the run's seeded RNG, so runs are reproducible.
 */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import type { PipelineConfig } from '../pipeline/config';
import { permutation, type Rng } from '../pipeline/rng';
import { runRngs } from '../pipeline/run-data';
import { describeEpoch, type EpochRecord } from '../pipeline/epochs';
import { abortable } from './context-loss';
import { buildModel, type ModelShape } from './model';

export interface TrainOptions {
  readonly shape: ModelShape;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly signal?: AbortSignal;
  /** Called after every epoch with that epoch's numbers (plain data). */
  readonly onEpoch?: (record: EpochRecord) => void;
  /** Called after every batch with the fraction of training done (0–1). */
  readonly onProgress?: (fraction: number) => void;
  /** Yield to the event loop at least this often (ms) so cancellation and messages get through. */
  readonly yieldEveryMs?: number;
}

export interface TrainResult {
  /** The trained model; the caller owns it. */
  readonly model: tf.Sequential;
  readonly epochs: EpochRecord[];
  readonly ms: number;
}

/** Thrown when the AbortSignal fires; nothing is left allocated. */
export class TrainingCancelled extends Error {
  constructor() {
    super('Training was cancelled');
    this.name = 'TrainingCancelled';
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Builds the batch tensors once: [batch × d] inputs and [batch × 1] labels, in a seeded order. */
function makeBatches(data: Encoded, batchSize: number, rng: Rng): { xs: tf.Tensor2D[]; ys: tf.Tensor2D[] } {
  const order = permutation(rng, data.n);
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor2D[] = [];
  for (let start = 0; start < data.n; start += batchSize) {
    const m = Math.min(batchSize, data.n - start);
    const bx = new Float32Array(m * data.d);
    const by = new Float32Array(m);
    for (let r = 0; r < m; r++) {
      const i = order[start + r];
      bx.set(data.x.subarray(i * data.d, (i + 1) * data.d), r * data.d);
      by[r] = data.y[i];
    }
    xs.push(tf.tensor2d(bx, [m, data.d]));
    ys.push(tf.tensor2d(by, [m, 1]));
  }
  return { xs, ys };
}

/** Mean binary cross-entropy and number of correct 0.5-threshold decisions. */
function lossAndHits(p: tf.Tensor, y: tf.Tensor): { loss: tf.Scalar; hits: tf.Scalar } {
  const eps = 1e-7;
  const pc = tf.clipByValue(p, eps, 1 - eps);
  const loss = tf.neg(tf.mean(tf.add(tf.mul(y, tf.log(pc)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, pc)))))) as tf.Scalar;
  const hits = tf.sum(tf.cast(tf.equal(tf.greaterEqual(p, 0.5), tf.greaterEqual(y, 0.5)), 'float32')) as tf.Scalar;
  return { loss, hits };
}

/**
 * Trains a fresh model. Each batch is reshuffled per epoch by re-drawing the
 * batch order (the rows inside a batch stay together, which is what makes
 * prepared batches cheap).
 * @throws TrainingCancelled if `signal` aborts; all tensors are then disposed
 */
export async function train(train: Encoded, validation: Encoded, o: TrainOptions, rng: Rng): Promise<TrainResult> {
  const started = performance.now();
  const model = buildModel(o.shape, o.seed);
  const optimizer = tf.train.adam(o.learningRate);
  const { xs, ys } = makeBatches(train, o.batchSize, rng);
  const vx = tf.tensor2d(validation.x, [validation.n, validation.d]);
  const vy = tf.tensor2d(validation.y, [validation.n, 1]);
  const records: EpochRecord[] = [];
  const yieldEvery = o.yieldEveryMs ?? 50;
  const totalSteps = o.epochs * xs.length;
  let step = 0;
  let lastYield = performance.now();
  const cleanup = (): void => {
    tf.dispose([...xs, ...ys, vx, vy]);
    optimizer.dispose();
  };
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const batchOrder = permutation(rng, xs.length);
      const losses: tf.Scalar[] = [];
      const hits: tf.Scalar[] = [];
      for (const b of batchOrder) {
        if (o.signal?.aborted) {
          tf.dispose([...losses, ...hits]);
          throw new TrainingCancelled();
        }
        optimizer.minimize(() => {
          const p = model.apply(xs[b], { training: true }) as tf.Tensor;
          const r = lossAndHits(p, ys[b]);
          // Kept past minimize's tidy: this batch's share of the epoch's mean loss, and its hits.
          losses.push(tf.keep(tf.mul(r.loss, xs[b].shape[0] / train.n)));
          hits.push(tf.keep(r.hits));
          return r.loss;
        });
        step++;
        if (performance.now() - lastYield > yieldEvery) {
          o.onProgress?.(step / totalSteps);
          await tick();
          lastYield = performance.now();
        }
      }
      const summary = tf.tidy(() => {
        const p = model.predict(vx) as tf.Tensor;
        const v = lossAndHits(p, vy);
        return tf.stack([tf.addN(losses), tf.addN(hits), v.loss, v.hits]);
      });
      tf.dispose([...losses, ...hits]);
      let values: Float32Array;
      try {
        values = (await abortable(summary.data(), o.signal, () => new TrainingCancelled())) as Float32Array;
      } finally {
        summary.dispose();
      }
      const [loss, hitCount, valLoss, valHits] = Array.from(values);
      if (o.signal?.aborted) throw new TrainingCancelled();
      const record = describeEpoch(
        { epoch, loss, accuracy: hitCount / train.n, valLoss, valAccuracy: valHits / validation.n },
        records,
      );
      records.push(record);
      o.onEpoch?.(record);
      o.onProgress?.(step / totalSteps);
      await tick();
      lastYield = performance.now();
    }
  } catch (e) {
    cleanup();
    model.dispose();
    throw e;
  }
  cleanup();
  return { model, epochs: records, ms: performance.now() - started };
}

/** The settings of a run that training reads. */
export type TrainingKnobs = Pick<PipelineConfig, 'epochs' | 'batchSize' | 'learningRate' | 'hidden1' | 'hidden2' | 'seed'>;

/**
 * Trains exactly as a run with `config` does: its model shape and knobs, on its
 * encoded splits, with the run's own training RNG stream (runRngs(seed).train).
 * Every caller that must reproduce a run (app, CLI, reproducibility check) uses this.
 */
export function trainForConfig(
  config: TrainingKnobs,
  data: { readonly train: Encoded; readonly validation: Encoded },
  hooks: Pick<TrainOptions, 'signal' | 'onEpoch' | 'onProgress'> = {},
): Promise<TrainResult> {
  const shape = { inputSize: data.train.d, hidden1: config.hidden1, hidden2: config.hidden2 };
  const options = {
    shape,
    epochs: config.epochs,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    seed: config.seed,
  };
  return train(data.train, data.validation, { ...options, ...hooks }, runRngs(config.seed).train);
}
