/**
 * Stage 7's claims, on a Monitor built exactly as run-pipeline.ts builds it: the trained default
 * model, the run's preprocessor, drift references and feature store, and the seeded live stream.
 */
import * as tf from '@tensorflow/tfjs';
import { Monitor, type TickReport } from '../../src/ml/monitor';
import type { Scenario } from '../../src/pipeline/config';
import { createRng } from '../../src/pipeline/rng';
import { createStream, INCIDENT_TICK, type LiveStream } from '../../src/pipeline/stream';
import { trainRun, type SeedRun } from './helpers';

const THRESHOLD = 0.8;
const ACCURACY = 'accuracy_below_threshold';
const RETRAIN = { epochs: 20, batchSize: 64, learningRate: 0.005 } as const;

function monitorFor(run: SeedRun, scenario: Scenario): { monitor: Monitor; stream: LiveStream } {
  const { config, data, rngs, result } = run;
  const stream = createStream(data.generated, scenario, config.faultRate, rngs.stream);
  const monitor = new Monitor({
    model: result.model,
    prep: data.prep,
    references: data.references,
    lastClickMs: data.lastClickMs,
    rules: { accuracyThreshold: config.alertThreshold, driftShareThreshold: 0.5 },
    threshold: config.threshold,
  });
  return { monitor, stream };
}

async function steps(monitor: Monitor, stream: LiveStream, ticks: number): Promise<TickReport[]> {
  const reports: TickReport[] = [];
  for (let t = 0; t < ticks; t++) reports.push(await monitor.step(stream.next()));
  return reports;
}

const accuracyFired = (reports: readonly TickReport[]) =>
  reports.flatMap((r) => r.events).filter((e) => e.rule === ACCURACY && e.kind === 'fired');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.each([1, 7, 42])('Monitor, no drift, seed %i', (seed) => {
  it('raises no accuracy alert over 200 ticks', async () => {
    const run = await trainRun({ seed, scenario: 'none' });
    const { monitor, stream } = monitorFor(run, 'none');
    try {
      const reports = await steps(monitor, stream, 200);
      expect(reports.map((r) => r.tick)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      expect(accuracyFired(reports)).toEqual([]);
      expect(reports.some((r) => r.firing.includes(ACCURACY))).toBe(false);
      const rolling = reports.map((r) => r.rollingAccuracy).filter((a): a is number => a !== null);
      expect(rolling).toHaveLength(191); // null until the 10-tick window is full
      expect(Math.min(...rolling)).toBeGreaterThanOrEqual(THRESHOLD);
      expect(reports.every((r) => r.modelVersion === 1)).toBe(true);
    } finally {
      monitor.dispose();
      run.result.model.dispose();
    }
  });
});

describe('Monitor, drifting streams (seed 42)', () => {
  let run: SeedRun;
  beforeAll(async () => {
    run = await trainRun({ seed: 42 });
  });
  afterAll(() => run.result.model.dispose());

  it.each(['gradual', 'sudden'] as const)(
    '%s: the accuracy rule fires exactly while rolling accuracy is below the threshold',
    async (scenario) => {
      const { monitor, stream } = monitorFor(run, scenario);
      try {
        const reports = await steps(monitor, stream, 60);
        for (const r of reports) {
          const below = r.rollingAccuracy !== null && r.rollingAccuracy < THRESHOLD;
          expect(r.firing.includes(ACCURACY), `tick ${r.tick}`).toBe(below);
          expect(Number.isNaN(r.batchAccuracy)).toBe(false);
        }
        const fired = accuracyFired(reports);
        expect(fired.length).toBeGreaterThanOrEqual(1);
        for (const e of fired) {
          expect(e.value).toBeLessThan(THRESHOLD);
          expect(e.threshold).toBe(THRESHOLD);
          expect(e.message).toMatch(/^Alert triggered/);
          expect(reports[e.tick].rollingAccuracy).toBe(e.value);
        }
        expect(reports.some((r) => !r.firing.includes(ACCURACY) && r.rollingAccuracy !== null)).toBe(true);
        if (scenario === 'sudden') expect(fired[0].tick).toBeGreaterThanOrEqual(INCIDENT_TICK);
      } finally {
        monitor.dispose();
      }
    },
  );
});

describe('Monitor: retrain and rollback after a sudden shift', () => {
  it('recovers with a retrained model, swaps back on rollback, and leaks nothing', async () => {
    const seed = 42;
    const baseline = tf.memory().numTensors;
    const run = await trainRun({ seed });
    const { monitor, stream } = monitorFor(run, 'sudden');
    try {
      expect(monitor.rollback()).toBe(false); // nothing to roll back to yet
      const before = await steps(monitor, stream, 31); // ticks 0–30
      expect(accuracyFired(before).length).toBeGreaterThanOrEqual(1);
      expect(before[30].firing).toContain(ACCURACY);

      const retrained = await monitor.retrain({ ...RETRAIN, seed }, createRng(seed + 1));
      expect(retrained.epochs).toBe(20);
      expect(retrained.rows).toBeGreaterThan(1800); // the 10-tick window of labelled rows
      expect(retrained.valAccuracy).toBeGreaterThan(THRESHOLD);
      expect(monitor.modelVersion).toBe(2);

      const after = await steps(monitor, stream, 15); // ticks 31–45
      expect(after.every((r) => r.modelVersion === 2)).toBe(true);
      expect(after[8].rollingAccuracy).toBeNull(); // the window restarted with the new model
      const last = after[after.length - 1];
      expect(last.rollingAccuracy).not.toBeNull();
      expect(last.rollingAccuracy!).toBeGreaterThan(THRESHOLD);
      expect(last.firing).not.toContain(ACCURACY);
      expect(after.flatMap((r) => r.events).some((e) => e.rule === ACCURACY && e.kind === 'resolved')).toBe(true);

      expect(monitor.rollback()).toBe(true);
      expect(monitor.modelVersion).toBe(3);
      const rolledBack = await steps(monitor, stream, 12);
      // The old model is back on the shifted stream: accuracy falls below the threshold again.
      expect(rolledBack[rolledBack.length - 1].rollingAccuracy!).toBeLessThan(THRESHOLD);
      expect(rolledBack[rolledBack.length - 1].firing).toContain(ACCURACY);
    } finally {
      monitor.dispose();
      run.result.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('dispose keeps the caller’s model when the retrained model is current', async () => {
    const seed = 7;
    const baseline = tf.memory().numTensors;
    const run = await trainRun({ seed, epochs: 1 });
    const { monitor, stream } = monitorFor(run, 'sudden');
    await steps(monitor, stream, 3);
    await monitor.retrain({ epochs: 1, batchSize: 64, learningRate: 0.005, seed }, createRng(seed));
    monitor.dispose();
    // The caller still owns its model and can use and dispose it.
    expect(run.result.model.getWeights()[0].isDisposed).toBe(false);
    run.result.model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  // Known bug (src/ml/monitor.ts, Monitor.retrain): a second retrain disposes `previous`, which after
  // the first retrain is the caller's model (setup.model) that the monitor does not own. Remove
  // `.fails` once retrain skips disposing setup.model.
  it('a second retrain leaves the caller’s model alive (known bug)', async () => {
    const seed = 7;
    const run = await trainRun({ seed, epochs: 1 });
    const { monitor, stream } = monitorFor(run, 'sudden');
    try {
      await steps(monitor, stream, 3);
      await monitor.retrain({ epochs: 1, batchSize: 64, learningRate: 0.005, seed }, createRng(seed));
      await monitor.retrain({ epochs: 1, batchSize: 64, learningRate: 0.005, seed }, createRng(seed + 1));
      expect(run.result.model.getWeights()[0].isDisposed).toBe(false);
    } finally {
      monitor.dispose();
      try {
        run.result.model.dispose();
      } catch {
        // already disposed by the bug
      }
    }
  });
});
