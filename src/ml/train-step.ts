/**
 * One step of the training loop, shared by the trainer (train.ts) and the
 * backend probe (backend-probe.ts) so that the probe times exactly the work a
 * run does: forward, the hand-written backward pass, one flat Adam update, and
 * the batch's loss and hit count kept on the device.
 */
import * as tf from '@tensorflow/tfjs';
import type { FlatAdam } from './flat-adam';
import { backward, forward, unpack, type Layout } from './flat-mlp';

/** One prepared batch: built once, reused every epoch. */
export interface Batch {
  /** [m × d] encoded rows */
  readonly x: tf.Tensor2D;
  /** [m × 1] labels, 0 or 1 */
  readonly y: tf.Tensor2D;
  /** [m × 1] labels as booleans, for counting hits */
  readonly positive: tf.Tensor2D;
  /** 1 / m: turns p − y into the gradient of the batch's mean loss */
  readonly invM: tf.Scalar;
}

export function batchOf(x: Float32Array, y: Float32Array, d: number): Batch {
  const m = y.length;
  const yt = tf.tensor2d(y, [m, 1]);
  return { x: tf.tensor2d(x, [m, d]), y: yt, positive: tf.cast(yt, 'bool') as tf.Tensor2D, invM: tf.scalar(1 / m) };
}

export const disposeBatch = (b: Batch): void => tf.dispose([b.x, b.y, b.positive, b.invM]);

const EPS = 1e-7;

/**
 * The batch's summed binary cross-entropy (p clipped to [ε, 1 − ε]) and its
 * number of correct 0.5-threshold decisions, from the error e = p − y: the
 * probability given to the true class is 1 − |e|.
 */
export function lossSumAndHits(p: tf.Tensor2D, e: tf.Tensor2D, b: Batch): { loss: tf.Scalar; hits: tf.Scalar } {
  const loss = tf.neg(tf.sum(tf.log(tf.clipByValue(tf.sub(1, tf.abs(e)), EPS, 1 - EPS)))) as tf.Scalar;
  const hits = tf.sum(tf.cast(tf.equal(tf.greaterEqual(p, 0.5), b.positive), 'float32')) as tf.Scalar;
  return { loss, hits };
}

export interface StepResult {
  /** The updated flat parameters (the caller disposes the old ones). */
  readonly params: tf.Tensor1D;
  /** The batch's summed loss and its hits, still on the device. */
  readonly loss: tf.Scalar;
  readonly hits: tf.Scalar;
  /** [m × 1] the probabilities this step's forward pass gave the batch's rows (kept only when asked for; the caller disposes it). */
  readonly p: tf.Tensor2D | null;
}

/** One step on batch `b`; `params` is left to the caller. `keepAnswers` keeps the forward pass's probabilities. */
export function trainStep(params: tf.Tensor1D, b: Batch, layout: Layout, optimizer: FlatAdam, keepAnswers = false): StepResult {
  const { grad, loss, hits, p } = tf.tidy(() => {
    const w = unpack(params, layout);
    const a = forward(b.x, w);
    const e = tf.sub(a.p, b.y) as tf.Tensor2D;
    const r = lossSumAndHits(a.p, e, b);
    const grad = backward(b.x, w, a, tf.mul(e, b.invM) as tf.Tensor2D);
    return { grad, loss: r.loss, hits: r.hits, p: keepAnswers ? a.p : undefined };
  });
  const next = optimizer.step(params, grad);
  grad.dispose();
  return { params: next, loss, hits, p: p ?? null };
}
