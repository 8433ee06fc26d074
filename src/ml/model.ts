/**
 * The lesson's network: input → Dense ReLU → Dense ReLU → Dense sigmoid
 * (the threshold decision is applied outside the model). Every initializer has
 * its own non-zero seed derived from the run's seed, so a run is reproducible.
 */
import * as tf from '@tensorflow/tfjs';

export interface ModelShape {
  /** Width of the encoded input row. */
  readonly inputSize: number;
  readonly hidden1: number;
  readonly hidden2: number;
}

/** Distinct, non-zero initializer seeds (tfjs treats seed 0 as "no seed"). */
export function initializerSeeds(seed: number): [number, number, number] {
  const base = Math.abs(Math.floor(seed)) * 3;
  return [base + 1, base + 2, base + 3];
}

/** Builds an uncompiled model; the caller owns it and must dispose it. */
export function buildModel(shape: ModelShape, seed: number): tf.Sequential {
  const [s1, s2, s3] = initializerSeeds(seed);
  const model = tf.sequential({ name: 'pipeline_lab_mlp' });
  model.add(
    tf.layers.dense({
      name: 'hidden1',
      inputShape: [shape.inputSize],
      units: shape.hidden1,
      activation: 'relu',
      kernelInitializer: tf.initializers.heNormal({ seed: s1 }),
    }),
  );
  model.add(
    tf.layers.dense({
      name: 'hidden2',
      units: shape.hidden2,
      activation: 'relu',
      kernelInitializer: tf.initializers.heNormal({ seed: s2 }),
    }),
  );
  model.add(
    tf.layers.dense({
      name: 'output',
      units: 1,
      activation: 'sigmoid',
      kernelInitializer: tf.initializers.glorotUniform({ seed: s3 }),
    }),
  );
  return model;
}

/** The MLP as tfjs holds it. worker/ names it through this alias, so tfjs's own names stay in ml/ (lint holds worker/ to that). */
export type LabModel = tf.LayersModel;

/** The model's [inputSize, hidden1, hidden2] read back from its layers. */
export function shapeOfModel(model: tf.LayersModel): ModelShape {
  const units = model.layers.map((l) => (l.getConfig() as { units: number }).units);
  const inputShape = model.inputs[0].shape;
  return { inputSize: inputShape[1] ?? 0, hidden1: units[0], hidden2: units[1] };
}
