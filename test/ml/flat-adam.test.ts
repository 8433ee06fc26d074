import * as tf from '@tensorflow/tfjs';
import { FlatAdam } from '../../src/ml/flat-adam';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A small quadratic bowl with a gradient that changes every step. */
const target = [0.5, -1.5, 2, 0.25, -0.75, 3];
const gradientAt = (theta: tf.Tensor1D): tf.Tensor1D => tf.tidy(() => tf.mul(tf.sub(theta, target), [1, 2, 3, 4, 5, 6]));

describe('FlatAdam', () => {
  it('follows the same path as tf.train.adam', () => {
    const start = [1, 1, -1, 0, 2, -2];
    const reference = tf.variable(tf.tensor1d(start));
    const adam = tf.train.adam(0.05);
    const ours = new FlatAdam(start.length, 0.05);
    let theta = tf.tensor1d(start);
    for (let step = 0; step < 25; step++) {
      const g = gradientAt(reference);
      adam.applyGradients([{ name: reference.name, tensor: g }]);
      g.dispose();
      const g2 = gradientAt(theta);
      const next = ours.step(theta, g2);
      tf.dispose([g2, theta]);
      theta = next;
    }
    const a = theta.dataSync();
    const b = reference.dataSync();
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 4);
    // It moved: the check above is not comparing two untouched vectors.
    expect(Math.abs(a[0] - start[0])).toBeGreaterThan(0.2);
    tf.dispose([theta, reference]);
    adam.dispose();
    ours.dispose();
  });

  it('holds exactly its two moment vectors and constants, and frees them on dispose', () => {
    const before = tf.memory().numTensors;
    const adam = new FlatAdam(4, 0.01);
    const theta = tf.zeros([4]) as tf.Tensor1D;
    const g = tf.ones([4]) as tf.Tensor1D;
    const next = tf.tidy(() => adam.step(theta, g)); // also safe inside a caller's tidy
    expect(Array.from(next.dataSync()).every((v) => v < 0)).toBe(true);
    tf.dispose([theta, g, next]);
    expect(tf.memory().numTensors - before).toBe(6);
    adam.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
