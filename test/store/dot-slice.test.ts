// @vitest-environment node
import * as tf from '@tensorflow/tfjs';
import { resolveConfig } from '../../src/pipeline/config';
import { createLabStore } from '../../src/store/lab-store';
import { LabEngine } from '../../src/worker/engine';
import { noEngine } from './no-engine';

const config = resolveConfig({ rows: 2000, epochs: 3 });

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('per-epoch predictions for the dot view', () => {
  it('records one array per epoch from the worker, one probability per training mark, and clears them for the next run', async () => {
    const engine = new LabEngine({ backendOrder: ['cpu'] });
    const store = createLabStore(engine);
    store.setState({ config });
    const before = tf.memory().numTensors;
    await store.getState().train();
    const s = store.getState();
    expect(s.trainStatus).toBe('done');
    expect(s.epochPredictions).toHaveLength(3);
    const marks = s.snapshot!.dots.trainMarks.length;
    expect(marks).toBe(s.snapshot!.trainRows);
    for (const p of s.epochPredictions) {
      expect(p).toHaveLength(marks);
      expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
    // The answers change as the model learns.
    expect(s.epochPredictions[0]).not.toEqual(s.epochPredictions[2]);
    // Each epoch's answers are the ones its training accuracy counts (no second forward pass):
    // at 2,000 rows every training row is a mark, so the right answers are exactly the epoch's hits.
    const dots = s.snapshot!.dots;
    s.epochPredictions.forEach((p, k) => {
      let right = 0;
      dots.trainMarks.forEach((m, j) => (right += p[j] >= 0.5 === (dots.label[m] === 1) ? 1 : 0));
      expect(right).toBe(Math.round(s.epochs[k].accuracy * marks));
    });
    engine.dispose();
    expect(tf.memory().numTensors).toBe(before);
    store.getState().resetTraining();
    expect(store.getState().epochPredictions).toEqual([]);
  });

  it('puts epoch n at index n − 1, so a repeated message replaces instead of adding', () => {
    const store = createLabStore(noEngine());
    const a = new Float32Array([0.1]);
    const b = new Float32Array([0.2]);
    store.getState().recordEpochPredictions(1, a);
    store.getState().recordEpochPredictions(2, b);
    store.getState().recordEpochPredictions(2, a);
    store.getState().recordEpochPredictions(0, b);
    expect(store.getState().epochPredictions).toEqual([a, a]);
  });
});
