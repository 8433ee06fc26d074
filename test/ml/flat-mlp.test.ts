import * as tf from '@tensorflow/tfjs';
import { backward, flatten, forward, layoutOf, unflatten, unpack } from '../../src/ml/flat-mlp';
import { buildModel } from '../../src/ml/model';

const SHAPE = { inputSize: 5, hidden1: 4, hidden2: 3 } as const;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('layoutOf', () => {
  it('places W1, b1, W2, b2, W3, b3 back to back in getWeights order', () => {
    const layout = layoutOf(SHAPE);
    expect(layout.blocks.map((b) => [b.offset, b.size])).toEqual([
      [0, 20],
      [20, 4],
      [24, 12],
      [36, 3],
      [39, 3],
      [42, 1],
    ]);
    expect(layout.size).toBe(43);
    const model = buildModel(SHAPE, 3);
    expect(model.getWeights().map((w) => w.shape)).toEqual(layout.blocks.map((b) => [...b.shape]));
    expect(model.countParams()).toBe(layout.size);
    model.dispose();
  });
});

describe('flat MLP against the tfjs layers model', () => {
  it('round-trips the model weights through the flat vector', () => {
    const model = buildModel(SHAPE, 9);
    const layout = layoutOf(SHAPE);
    const flat = flatten(model.getWeights());
    const back = unflatten(flat, layout);
    back.forEach((w, i) => expect(Array.from(w.dataSync())).toEqual(Array.from(model.getWeights()[i].dataSync())));
    tf.dispose([flat, ...back]);
    model.dispose();
  });

  it('computes the same probabilities as model.predict', () => {
    const model = buildModel(SHAPE, 11);
    const x = tf.randomNormal([17, SHAPE.inputSize], 0, 1, 'float32', 5) as tf.Tensor2D;
    const flat = flatten(model.getWeights());
    const ours = tf.tidy(() => forward(x, unpack(flat, layoutOf(SHAPE))).p);
    const theirs = model.predict(x) as tf.Tensor;
    const a = ours.dataSync();
    const b = theirs.dataSync();
    for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i], 6);
    tf.dispose([x, flat, ours, theirs]);
    model.dispose();
  });

  it('gives the gradient tf.grads gives for the mean binary cross-entropy', () => {
    const model = buildModel(SHAPE, 21);
    const layout = layoutOf(SHAPE);
    const m = 32;
    const x = tf.randomNormal([m, SHAPE.inputSize], 0, 1, 'float32', 8) as tf.Tensor2D;
    const y = tf.tidy(() => tf.cast(tf.greater(tf.randomUniform([m, 1], 0, 1, 'float32', 4), 0.5), 'float32')) as tf.Tensor2D;
    const flat = flatten(model.getWeights());
    const ours = tf.tidy(() => {
      const w = unpack(flat, layout);
      const a = forward(x, w);
      return backward(x, w, a, tf.div(tf.sub(a.p, y), m) as tf.Tensor2D);
    });
    // Autodiff through tfjs's own loss on the same flat parameters.
    const reference = tf.tidy(() =>
      tf.grad((theta: tf.Tensor) => {
        const p = forward(x, unpack(theta as tf.Tensor1D, layout)).p;
        return tf.losses.sigmoidCrossEntropy(y, tf.log(tf.div(p, tf.sub(1, p))));
      })(flat),
    );
    const a = ours.dataSync();
    const b = reference.dataSync();
    expect(a).toHaveLength(layout.size);
    let largest = 0;
    for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(b[i]));
    expect(largest).toBeGreaterThan(1e-3); // the check below is not vacuous
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i] - b[i])).toBeLessThan(1e-4);
    tf.dispose([x, y, flat, ours, reference]);
    model.dispose();
  });

  it('leaves no tensors behind inside a tidy', () => {
    const before = tf.memory().numTensors;
    const flat = tf.zeros([layoutOf(SHAPE).size]) as tf.Tensor1D;
    const x = tf.ones([4, SHAPE.inputSize]) as tf.Tensor2D;
    const grad = tf.tidy(() => {
      const w = unpack(flat, layoutOf(SHAPE));
      const a = forward(x, w);
      return backward(x, w, a, a.p);
    });
    expect(tf.memory().numTensors - before).toBe(3);
    tf.dispose([flat, x, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
