/**
 * Compare mode end to end below the views: a link opens two runs in the engine, and each
 * side's numbers are exactly what a single run with that side's settings shows in the app.
 */
import * as tf from '@tensorflow/tfjs';
import { metricsAt } from '../../src/pipeline/score-summary';
import { configB } from '../../src/pipeline/contrasts';
import type { PipelineConfig } from '../../src/pipeline/config';
import { createLabStore, type LabStore } from '../../src/store/lab-store';
import { formatHash, parseHash } from '../../src/store/url-hash';
import { LabEngine } from '../../src/worker/engine';

const LINK = '#v=1&rows=1500&epochs=3&mode=compare&vs=epochs:6,clean:skip';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** What the app shows for one ordinary run with `config`: its epochs and its validation metrics. */
async function singleRun(config: PipelineConfig) {
  const engine = new LabEngine({ backendOrder: ['cpu'] });
  const store = createLabStore(engine);
  store.getState().applyLink(parseHash(formatHash(config, 0)));
  await store.getState().train();
  const s = store.getState();
  engine.dispose();
  return { epochs: s.epochs, validation: metricsAt(s.validationScores, config.threshold) };
}

async function settled(store: LabStore): Promise<void> {
  // runCompare was started by the link; a second call would supersede it, so wait on the state.
  await new Promise<void>((resolve) => {
    if (store.getState().compare.status !== 'running') return resolve();
    const off = store.subscribe((s) => {
      if (s.compare.status !== 'running') {
        off();
        resolve();
      }
    });
  });
}

describe('compare mode from a link', () => {
  it('runs A and B, each equal to a single run with its settings', async () => {
    const engine = new LabEngine({ backendOrder: ['cpu'] });
    const store = createLabStore(engine);
    const before = tf.memory().numTensors;
    store.getState().applyLink(parseHash(LINK));
    expect(store.getState().compare.status).toBe('running');
    await settled(store);
    const { compare } = store.getState();
    expect(compare.status).toBe('done');
    expect(compare.bConfig).toEqual(configB(compare.aConfig!, compare.diff));
    expect(compare.bConfig).toMatchObject({ epochs: 6, cleaning: 'skip', rows: 1500 });
    expect(compare.aConfig).toMatchObject({ epochs: 3, cleaning: 'drop', rows: 1500 });
    for (const [side, config] of [
      [compare.a!, compare.aConfig!],
      [compare.b!, compare.bConfig!],
    ] as const) {
      const single = await singleRun(config);
      expect(side.epochs.map((e) => [e.loss, e.valLoss, e.valAccuracy])).toEqual(
        single.epochs.map((e) => [e.loss, e.valLoss, e.valAccuracy]),
      );
      expect(side.validation.accuracy).toBe(single.validation!.accuracy);
      expect(side.validation.confusion).toEqual(single.validation!.confusion);
      expect(side.validation.loss).toBeCloseTo(single.validation!.loss, 5);
    }
    // Uncleaned B kept every row; A dropped its faulty ones.
    expect(compare.b!.stages[1].outShape?.[0]).toBe(1500);
    expect(compare.a!.stages[1].outShape?.[0]).toBeLessThan(1500);
    engine.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);

  it('a compare run and a training run do not cancel each other', async () => {
    const engine = new LabEngine({ backendOrder: ['cpu'] });
    const store = createLabStore(engine);
    store.getState().applyLink(parseHash('#v=1&rows=1000&epochs=2&mode=compare'));
    store.getState().setCompareDiff({ knobs: { epochs: 3 }, package: 'float32' });
    const training = store.getState().train();
    const comparing = store.getState().runCompare();
    await Promise.all([training, comparing]);
    expect(store.getState().trainStatus).toBe('done');
    expect(store.getState().compare.status).toBe('done');
    expect(store.getState().compare.b!.epochs).toHaveLength(3);
    engine.dispose();
  }, 120_000);

  it('Stop ends the compare run without touching the app’s model', async () => {
    const engine = new LabEngine({ backendOrder: ['cpu'] });
    const store = createLabStore(engine);
    store.getState().applyLink(parseHash('#v=1&rows=1000&epochs=2&mode=compare&vs=epochs:50'));
    store.getState().stopCompare();
    await settled(store);
    expect(store.getState().compare.status).toBe('stopped');
    engine.dispose();
  }, 60_000);
});
