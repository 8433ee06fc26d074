/**
 * The lesson's honesty checks on the synthetic data: the MLP must earn its place over a linear
 * model, the engineered features must matter, and more training must not reach implausible
 * accuracy (the data has irreducible noise).
 */
import * as tf from '@tensorflow/tfjs';
import type { RunData } from '../../src/pipeline/run-data';
import { accuracyOn, trainRun, type SeedRun } from './helpers';

const SEEDS = [7, 42] as const;
const mlp = new Map<number, SeedRun>();

/** A single Dense sigmoid layer (logistic regression) trained with adam 0.01 on the same encoded rows. */
async function logisticRegression(data: RunData, epochs = 30): Promise<number> {
  const model = tf.sequential();
  model.add(
    tf.layers.dense({
      inputShape: [data.train.d],
      units: 1,
      activation: 'sigmoid',
      kernelInitializer: tf.initializers.glorotUniform({ seed: 11 }),
    }),
  );
  const optimizer = tf.train.adam(0.01);
  model.compile({ optimizer, loss: 'binaryCrossentropy' });
  const x = tf.tensor2d(data.train.x, [data.train.n, data.train.d]);
  const y = tf.tensor2d(data.train.y, [data.train.n, 1]);
  try {
    // Rows are already in a seeded random order from the split; shuffle: false keeps the fit reproducible.
    await model.fit(x, y, { epochs, batchSize: 128, shuffle: false, verbose: 0 });
    return await accuracyOn(model, data.validation);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  for (const seed of SEEDS) mlp.set(seed, await trainRun({ seed }));
});

afterAll(() => {
  for (const run of mlp.values()) run.result.model.dispose();
});

describe.each(SEEDS)('data design, seed %i', (seed) => {
  it('the 5-epoch MLP beats logistic regression by at least 3 points of validation accuracy', async () => {
    const run = mlp.get(seed)!;
    const mlpAccuracy = run.result.epochs[4].valAccuracy;
    const lrAccuracy = await logisticRegression(run.data);
    expect(lrAccuracy).toBeGreaterThan(0.6); // the baseline really trained
    expect(mlpAccuracy - lrAccuracy).toBeGreaterThanOrEqual(0.03);
  });

  it('switching the engineered features off drops 5-epoch validation accuracy by at least 2 points', async () => {
    const without = await trainRun({ seed, useEngineered: false });
    try {
      expect(without.data.featureNames).not.toContain('click_rate');
      expect(without.data.featureNames).not.toContain('time_since_last_click');
      expect(without.data.train.d).toBe(mlp.get(seed)!.data.train.d - 2);
      const drop = mlp.get(seed)!.result.epochs[4].valAccuracy - without.result.epochs[4].valAccuracy;
      expect(drop).toBeGreaterThanOrEqual(0.02);
    } finally {
      without.result.model.dispose();
    }
  });

  it('training 40 epochs never exceeds 0.91 validation accuracy', async () => {
    const long = await trainRun({ seed, epochs: 40 });
    try {
      expect(long.result.epochs).toHaveLength(40);
      const best = Math.max(...long.result.epochs.map((e) => e.valAccuracy));
      expect(best).toBeLessThanOrEqual(0.91);
      expect(best).toBeGreaterThan(0.8); // still a working model, not a broken run
    } finally {
      long.result.model.dispose();
    }
  });
});
