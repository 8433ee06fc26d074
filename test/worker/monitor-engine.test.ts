/**
 * Stage 7's live session through the engine (in-process): alerts fire and resolve once rolling
 * accuracy has been on the other side of the threshold for 3 batches in a row, the no-drift stream stays quiet for 200 batches, retraining
 * after a sudden shift recovers, rollback swaps back, and the session leaks nothing.
 */
import * as tf from '@tensorflow/tfjs';
import { monitorRun } from '../../src/ml/run-pipeline';
import { resolveConfig, type PipelineConfig } from '../../src/pipeline/config';
import { runData, runRngs } from '../../src/pipeline/run-data';
import { INCIDENT_TICK } from '../../src/pipeline/stream';
import { LabEngine } from '../../src/worker/engine';
import { expectAccuracyRule } from '../fixtures/alert-replay';

const ACCURACY = 'accuracy_below_threshold';
const base = resolveConfig({ rows: 3000, epochs: 8, batchSize: 64 });

async function trained(config: PipelineConfig): Promise<LabEngine> {
  const engine = new LabEngine({ backendOrder: ['cpu'] });
  await engine.prepare(config);
  await engine.train(config, { onEpoch: () => {} });
  return engine;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.each([3, 11, 42])('seed %i, sudden shift', (seed) => {
  it('fires and resolves the accuracy alert after 3 batches in a row on the other side of the threshold', async () => {
    const config = { ...base, seed, scenario: 'sudden' as const };
    const engine = await trained(config);
    try {
      const info = await engine.monitorStart(config);
      expect(info).toMatchObject({ scenario: 'sudden', alertThreshold: 0.8, windowTicks: 10, batchRows: 200 });
      const reports = [...(await engine.monitorStep(25)), ...(await engine.monitorStep(20))];
      expect(reports.map((r) => r.tick)).toEqual(Array.from({ length: 45 }, (_, i) => i));
      const state = expectAccuracyRule(reports, 0.8);
      const fired = reports.flatMap((r) => r.events).filter((e) => e.rule === ACCURACY && e.kind === 'fired');
      expect(fired.length).toBeGreaterThanOrEqual(1);
      expect(fired[0].tick).toBeGreaterThanOrEqual(INCIDENT_TICK);
      // A stricter and a looser threshold mid-stream: the rule follows the new value.
      await engine.monitorSetThreshold(0.6);
      const loose = await engine.monitorStep(3);
      expectAccuracyRule(loose, 0.6, state);
    } finally {
      engine.dispose();
    }
  });
});

describe('no drift', () => {
  it('raises no alert of either rule over 200 batches', async () => {
    const config = { ...base, scenario: 'none' as const };
    const engine = await trained(config);
    try {
      await engine.monitorStart(config);
      const reports = [...(await engine.monitorStep(100)), ...(await engine.monitorStep(100))];
      expect(reports).toHaveLength(200);
      expect(reports.flatMap((r) => r.events)).toEqual([]);
      expect(Math.min(...reports.map((r) => r.rollingAccuracy ?? 1))).toBeGreaterThanOrEqual(0.8);
      expect(reports.reduce((s, r) => s + r.faulty, 0)).toBeGreaterThan(0); // the fault rate still applies
    } finally {
      engine.dispose();
    }
  });
});

describe('retrain and rollback after a sudden shift', () => {
  it('recovers above the threshold, rolls back, matches the check run, and leaks nothing', async () => {
    const config = { ...base, scenario: 'sudden' as const };
    const engine = await trained(config);
    const baseline = tf.memory().numTensors;
    try {
      await engine.monitorStart(config);
      const before = await engine.monitorStep(31);
      // The live stream is the check run made after training, batch for batch.
      const data = runData(config);
      const check = await monitorRun(
        config,
        data,
        (engine as unknown as { model: tf.LayersModel }).model,
        31,
        runRngs(config.seed).stream,
      );
      expect(before.map((r) => r.rollingAccuracy)).toEqual(check.map((r) => r.rollingAccuracy));
      expect(before[30].firing).toContain(ACCURACY);

      const retrained = await engine.monitorRetrain();
      expect(retrained).toMatchObject({ afterTick: 30, version: 2, epochs: 20 });
      expect(retrained.rows).toBeGreaterThan(1800);
      expect(retrained.valAccuracy).toBeGreaterThan(0.8);
      const after = await engine.monitorStep(12);
      expect(after.every((r) => r.modelVersion === 2)).toBe(true);
      const last = after[after.length - 1];
      expect(last.rollingAccuracy!).toBeGreaterThan(0.8);
      expect(last.firing).not.toContain(ACCURACY);

      expect(await engine.monitorRollback()).toEqual({ ok: true, afterTick: 42, version: 3 });
      const rolled = await engine.monitorStep(12);
      expect(rolled[rolled.length - 1].rollingAccuracy!).toBeLessThan(0.8);
      await engine.monitorStop();
      await expect(engine.monitorStep(1)).rejects.toThrow(/press Start/);
      expect(tf.memory().numTensors).toBe(baseline);
    } finally {
      engine.dispose();
    }
  });

  it('gradual drift: the drift alert fires, and after a retrain drift is measured against the new training rows', async () => {
    const config = { ...base, scenario: 'gradual' as const };
    const engine = await trained(config);
    try {
      await engine.monitorStart(config);
      const reports = await engine.monitorStep(45);
      const drift = reports.flatMap((r) => r.events).filter((e) => e.rule === 'feature_drift' && e.kind === 'fired');
      expect(drift).toHaveLength(1);
      expect(drift[0].value).toBeGreaterThanOrEqual(0.5);
      const tick = reports[drift[0].tick];
      expect(tick.drift.filter((d) => d.drifted).length / tick.drift.length).toBe(drift[0].value);
      await engine.monitorRetrain();
      // Drift now compares the new reference with live rows that arrived after the swap only.
      const after = await engine.monitorStep(3);
      expect(after.map((r) => r.driftBatches)).toEqual([1, 2, 3]);
      expect(after.every((r) => r.driftShare < 0.5)).toBe(true);
      expect(after.map((r) => r.events.map((e) => `${e.rule}:${e.kind}`))).toEqual([[], [], ['feature_drift:resolved']]);
    } finally {
      engine.dispose();
    }
  });

  it('a new training run closes the session', async () => {
    const config = { ...base, epochs: 2, scenario: 'sudden' as const };
    const engine = await trained(config);
    try {
      await engine.monitorStart(config);
      await engine.monitorStep(3);
      await engine.train(config, { onEpoch: () => {} });
      await expect(engine.monitorStep(1)).rejects.toThrow(/No monitoring session/);
      await expect(engine.monitorSetThreshold(2)).rejects.toThrow(/between 0 and 1/);
    } finally {
      engine.dispose();
    }
  });
});
