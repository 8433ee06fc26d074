/**
 * The lesson's MLP (input → Dense ReLU → Dense ReLU → Dense sigmoid) with all
 * of its parameters in one flat vector, and its gradient written out by hand.
 *
 * Why: tfjs's autodiff plus a per-variable optimizer dispatch ~175 kernels per
 * training step for this tiny network; on WASM and WebGL each dispatch costs
 * more than the arithmetic. Forward (3 fused matmuls), the hand-derived
 * backward pass (12 kernels) and one Adam update over one flat vector
 * (see flat-adam.ts) need about a third of that. The numbers are the same
 * maths as the Keras layers: tests check this gradient against tf.grads.
 *
 * Flat layout, row-major, in this order: W1 [d × h1], b1 [h1], W2 [h1 × h2],
 * b2 [h2], W3 [h2 × 1], b3 [1] — the order of `model.getWeights()`.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelShape } from './model';

/** One parameter block: where it sits in the flat vector and its tensor shape. */
export interface Block {
  readonly offset: number;
  readonly size: number;
  readonly shape: readonly [number] | readonly [number, number];
}

export interface Layout {
  readonly blocks: readonly [Block, Block, Block, Block, Block, Block];
  /** Total parameter count. */
  readonly size: number;
}

/** Where each weight lives in the flat vector (pure arithmetic, no tensors). */
export function layoutOf(shape: ModelShape): Layout {
  const shapes: Block['shape'][] = [
    [shape.inputSize, shape.hidden1],
    [shape.hidden1],
    [shape.hidden1, shape.hidden2],
    [shape.hidden2],
    [shape.hidden2, 1],
    [1],
  ];
  let offset = 0;
  const blocks = shapes.map((s) => {
    const size = s.reduce((a, b) => a * b, 1);
    const block = { offset, size, shape: s };
    offset += size;
    return block;
  });
  return { blocks: blocks as unknown as Layout['blocks'], size: offset };
}

/** The six weight tensors viewed out of the flat vector (new tensors; call inside a tidy). */
export interface Weights {
  readonly w1: tf.Tensor2D;
  readonly b1: tf.Tensor1D;
  readonly w2: tf.Tensor2D;
  readonly b2: tf.Tensor1D;
  readonly w3: tf.Tensor2D;
  readonly b3: tf.Tensor1D;
}

export function unpack(flat: tf.Tensor1D, layout: Layout): Weights {
  const [w1, b1, w2, b2, w3, b3] = layout.blocks.map((b) => tf.reshape(tf.slice(flat, b.offset, b.size), [...b.shape]));
  return {
    w1: w1 as tf.Tensor2D,
    b1: b1 as tf.Tensor1D,
    w2: w2 as tf.Tensor2D,
    b2: b2 as tf.Tensor1D,
    w3: w3 as tf.Tensor2D,
    b3: b3 as tf.Tensor1D,
  };
}

/** The flat vector of a model's weights, in layout order (the caller disposes it). */
export function flatten(weights: readonly tf.Tensor[]): tf.Tensor1D {
  return tf.tidy(() => tf.concat(weights.map((w) => tf.reshape(w, [-1]))) as tf.Tensor1D);
}

/** The model's six weights cut back out of the flat vector (the caller disposes them). */
export function unflatten(flat: tf.Tensor1D, layout: Layout): tf.Tensor[] {
  return tf.tidy(() => Object.values(unpack(flat, layout)));
}

export interface Activations {
  /** [m × h1] after ReLU */
  readonly h1: tf.Tensor2D;
  /** [m × h2] after ReLU */
  readonly h2: tf.Tensor2D;
  /** [m × 1] P(converted) */
  readonly p: tf.Tensor2D;
}

/** Forward pass: three fused matmul + bias + activation kernels. */
export function forward(x: tf.Tensor2D, w: Weights): Activations {
  const h1 = tf.fused.matMul({ a: x, b: w.w1, bias: w.b1, activation: 'relu' }) as tf.Tensor2D;
  const h2 = tf.fused.matMul({ a: h1, b: w.w2, bias: w.b2, activation: 'relu' }) as tf.Tensor2D;
  const p = tf.fused.matMul({ a: h2, b: w.w3, bias: w.b3, activation: 'sigmoid' }) as tf.Tensor2D;
  return { h1, h2, p };
}

/**
 * Gradient of the batch's mean binary cross-entropy with respect to the flat
 * parameters, given dz = ∂loss/∂(output logit) = (p − y) / m, [m × 1].
 * A ReLU passes gradient where its output is positive (step(h) is 1 there).
 */
export function backward(x: tf.Tensor2D, w: Weights, a: Activations, dz: tf.Tensor2D): tf.Tensor1D {
  const dw3 = tf.matMul(a.h2, dz, true, false);
  const db3 = tf.sum(dz, 0);
  const dh2 = tf.mul(tf.matMul(dz, w.w3, false, true), tf.step(a.h2));
  const dw2 = tf.matMul(a.h1, dh2, true, false);
  const db2 = tf.sum(dh2, 0);
  const dh1 = tf.mul(tf.matMul(dh2, w.w2, false, true), tf.step(a.h1));
  const dw1 = tf.matMul(x, dh1, true, false);
  const db1 = tf.sum(dh1, 0);
  return tf.concat([dw1, db1, dw2, db2, dw3, db3].map((g) => tf.reshape(g, [-1]))) as tf.Tensor1D;
}
