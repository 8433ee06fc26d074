/**
 * The prediction trace: one row's real activations through every layer,
 * computed eagerly layer by layer (no probe model sharing weights), returned as
 * plain arrays for the views to draw.
 */
import * as tf from '@tensorflow/tfjs';

export type LayerKind = 'input' | 'relu' | 'sigmoid' | 'threshold';

export interface LayerTrace {
  /** The card's names: Input Layer, Hidden Layer 1 (ReLU), … Threshold Decision. */
  readonly name: string;
  readonly kind: LayerKind;
  /** Activations out of this layer (for threshold: [0] or [1]). */
  readonly values: number[];
  /** Weighted sums before the activation (dense layers only). */
  readonly preActivations?: number[];
  /** Incoming weights [inputs][units] (dense layers only). */
  readonly weights?: number[][];
  readonly bias?: number[];
}

export interface PredictionTrace {
  readonly layers: LayerTrace[];
  readonly probability: number;
  readonly decision: 0 | 1;
  readonly threshold: number;
}

const NAMES = ['Hidden Layer 1 (ReLU)', 'Hidden Layer 2 (ReLU)', 'Output Layer (Sigmoid)'];

/**
 * Traces one encoded row through `model`.
 * @param row encoded input of length inputSize
 * @param threshold probability at or above which the decision is 1
 */
export function traceLayers(model: tf.LayersModel, row: Float32Array, threshold = 0.5): PredictionTrace {
  const layers: LayerTrace[] = [{ name: 'Input Layer', kind: 'input', values: Array.from(row) }];
  tf.tidy(() => {
    let x: tf.Tensor2D = tf.tensor2d(row, [1, row.length]);
    model.layers.forEach((layer, i) => {
      const [kernel, bias] = layer.getWeights() as [tf.Tensor2D, tf.Tensor1D];
      const pre = tf.add(tf.matMul(x, kernel), bias);
      const out = layer.apply(x) as tf.Tensor2D;
      layers.push({
        name: NAMES[i] ?? layer.name,
        kind: i === model.layers.length - 1 ? 'sigmoid' : 'relu',
        values: Array.from(out.dataSync()),
        preActivations: Array.from(pre.dataSync()),
        weights: kernel.arraySync(),
        bias: Array.from(bias.dataSync()),
      });
      x = out;
    });
  });
  const probability = layers[layers.length - 1].values[0];
  const decision: 0 | 1 = probability >= threshold ? 1 : 0;
  layers.push({ name: 'Threshold Decision', kind: 'threshold', values: [decision] });
  return { layers, probability, decision, threshold };
}
