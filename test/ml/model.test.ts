import * as tf from '@tensorflow/tfjs';
import { buildModel, initializerSeeds, shapeOfModel } from '../../src/ml/model';

const SHAPE = { inputSize: 14, hidden1: 16, hidden2: 8 };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const weightsOf = (m: tf.LayersModel): number[][] => m.getWeights().map((w) => Array.from(w.dataSync()));

describe('initializerSeeds', () => {
  it.each([0, 1, 2, 42, 999_999, 2_147_483_647, -5, 3.7])('gives three distinct non-zero integer seeds for %d', (seed) => {
    const seeds = initializerSeeds(seed);
    expect(seeds).toHaveLength(3);
    expect(new Set(seeds).size).toBe(3);
    for (const s of seeds) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).not.toBe(0);
    }
  });

  it('gives neighbouring seeds non-overlapping initializer seeds', () => {
    const all = [1, 2, 3, 4, 5].flatMap((s) => initializerSeeds(s));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('buildModel', () => {
  it('builds input → Dense 16 ReLU → Dense 8 ReLU → Dense 1 sigmoid', () => {
    const model = buildModel(SHAPE, 42);
    try {
      expect(model.layers).toHaveLength(3);
      const configs = model.layers.map((l) => l.getConfig() as { units: number; activation: string });
      expect(configs.map((c) => c.units)).toEqual([16, 8, 1]);
      expect(configs.map((c) => c.activation)).toEqual(['relu', 'relu', 'sigmoid']);
      expect(model.layers.map((l) => l.getWeights()[0].shape)).toEqual([
        [14, 16],
        [16, 8],
        [8, 1],
      ]);
      expect(model.inputs[0].shape).toEqual([null, 14]);
      expect(model.outputs[0].shape).toEqual([null, 1]);
      expect(model.countParams()).toBe(14 * 16 + 16 + 16 * 8 + 8 + 8 + 1);
      expect(shapeOfModel(model)).toEqual(SHAPE);
    } finally {
      model.dispose();
    }
  });

  it('honours other widths', () => {
    const shape = { inputSize: 5, hidden1: 3, hidden2: 2 };
    const model = buildModel(shape, 1);
    try {
      expect(shapeOfModel(model)).toEqual(shape);
      expect(model.countParams()).toBe(5 * 3 + 3 + 3 * 2 + 2 + 2 + 1);
    } finally {
      model.dispose();
    }
  });

  it('gives the same seed identical initial weights and a different seed different ones', () => {
    const a = buildModel(SHAPE, 42);
    const b = buildModel(SHAPE, 42);
    const c = buildModel(SHAPE, 43);
    try {
      expect(weightsOf(a)).toEqual(weightsOf(b));
      expect(weightsOf(a)[0]).not.toEqual(weightsOf(c)[0]);
      // Every layer has its own initializer seed: the kernels are not copies of each other's values.
      const [k1, k2] = weightsOf(a);
      expect(k1.slice(0, 8)).not.toEqual(k2.slice(0, 8));
    } finally {
      [a, b, c].forEach((m) => m.dispose());
    }
  });

  it('starts with zero biases and non-degenerate kernels', () => {
    const model = buildModel(SHAPE, 7);
    try {
      const w = weightsOf(model);
      expect(w[1].every((v) => v === 0)).toBe(true);
      expect(w[3].every((v) => v === 0)).toBe(true);
      expect(new Set(w[0]).size).toBe(w[0].length);
      expect(w[0].every(Number.isFinite)).toBe(true);
    } finally {
      model.dispose();
    }
  });

  it('leaks nothing once disposed', () => {
    const baseline = tf.memory().numTensors;
    const model = buildModel(SHAPE, 3);
    expect(tf.memory().numTensors).toBeGreaterThan(baseline);
    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
