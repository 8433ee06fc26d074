/**
 * Stage 7's claims through the real wiring: monitorRun (the CLI's and the check run's loop) and
 * MonitorSession (the app's live stream, with the real retrain recipe), on models trained by
 * trainForConfig.
 */
import * as tf from '@tensorflow/tfjs';
import { Monitor, type TickReport } from '../../src/ml/monitor';
import { MonitorSession } from '../../src/ml/monitor-session';
import { monitorRun } from '../../src/ml/run-pipeline';
import type { ServingContext } from '../../src/ml/serving-context';
import { ALERT_PERSIST_TICKS, RETRAIN_RECIPE, rulesFor, type AlertRule } from '../../src/pipeline/monitoring';
import { runRngs } from '../../src/pipeline/run-data';
import { createStream, INCIDENT_TICK } from '../../src/pipeline/stream';
import { takeRows } from '../../src/pipeline/table';
import { expectAccuracyRule } from '../fixtures/alert-replay';
import { trainRun, type SeedRun } from './helpers';

const THRESHOLD = 0.8;
const ACCURACY = 'accuracy_below_threshold';

const fired = (reports: readonly TickReport[], rule?: AlertRule) =>
  reports.flatMap((r) => r.events).filter((e) => e.kind === 'fired' && (!rule || e.rule === rule));

const context = (run: SeedRun): ServingContext => ({
  model: run.result.model,
  data: run.data,
  trained: run.config,
  epochs: run.result.epochs,
  backend: 'cpu',
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.each([1, 3, 7, 42])('monitorRun, no drift, seed %i', (seed) => {
  it('raises no alert of either rule over 200 batches', async () => {
    const run = await trainRun({ seed, scenario: 'none' });
    try {
      const reports = await monitorRun(run.config, run.data, run.result.model, 200, runRngs(run.config.seed).stream);
      expect(reports.map((r) => r.tick)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      expect(reports.flatMap((r) => r.events)).toEqual([]);
      expect(reports.every((r) => r.firing.length === 0)).toBe(true);
      const rolling = reports.map((r) => r.rollingAccuracy).filter((a): a is number => a !== null);
      expect(rolling).toHaveLength(191); // null until the 10-tick window is full
      expect(Math.min(...rolling)).toBeGreaterThanOrEqual(THRESHOLD);
      expect(Math.max(...reports.map((r) => r.driftShare))).toBeLessThan(0.5);
    } finally {
      run.result.model.dispose();
    }
  });
});

describe('monitorRun, drifting streams (seeds 7 and 42)', () => {
  const runs = new Map<number, SeedRun>();
  beforeAll(async () => {
    for (const seed of [7, 42]) runs.set(seed, await trainRun({ seed }));
  });
  afterAll(() => {
    for (const run of runs.values()) run.result.model.dispose();
  });

  it.each([
    ['gradual', 7],
    ['gradual', 42],
    ['sudden', 42],
  ] as const)('%s, seed %i: the accuracy rule fires and resolves only after 3 batches in a row', async (scenario, seed) => {
    const run = runs.get(seed)!;
    const reports = await monitorRun(
      { ...run.config, scenario },
      run.data,
      run.result.model,
      60,
      runRngs(run.config.seed).stream,
    );
    expectAccuracyRule(reports, THRESHOLD);
    const accuracy = fired(reports, ACCURACY);
    expect(accuracy.length).toBeGreaterThanOrEqual(1);
    for (const e of accuracy) {
      expect(e.value).toBeLessThan(THRESHOLD);
      expect(e.message).toMatch(/^Alert triggered/);
      // The two batches before the alert were below the threshold too.
      for (const back of [1, 2]) expect(reports[e.tick - back].rollingAccuracy!).toBeLessThan(THRESHOLD);
    }
    if (scenario === 'sudden') expect(accuracy[0].tick).toBeGreaterThanOrEqual(INCIDENT_TICK);
  });

  it('gradual, seed 7: the alert that flapped (fired at 34 and again at 37) now fires once', async () => {
    const run = runs.get(7)!;
    const reports = await monitorRun(
      { ...run.config, scenario: 'gradual' },
      run.data,
      run.result.model,
      60,
      runRngs(run.config.seed).stream,
    );
    expect(fired(reports, ACCURACY)).toHaveLength(1);
    expect(reports.flatMap((r) => r.events).filter((e) => e.rule === ACCURACY && e.kind === 'resolved')).toEqual([]);
  });

  it('a live batch carrying NaN: those rows are faulty, and drift and accuracy ignore them', async () => {
    const run = runs.get(42)!;
    const stream = createStream(run.data.generated, 'none', run.config.faultRate, runRngs(42).stream);
    const batch = stream.next();
    const broken = {
      ...batch,
      table: takeRows(
        batch.table,
        Array.from({ length: batch.table.length }, (_, i) => i),
      ),
    };
    const c = broken.table.columns;
    const clean = (i: number) => Number.isFinite(c.clicks[i]) && c.session_length_s[i] >= 0;
    const targets = Array.from({ length: batch.table.length }, (_, i) => i)
      .filter(clean)
      .slice(0, 3);
    c.load_time_ms[targets[0]] = NaN;
    c.page_views[targets[1]] = NaN;
    c.timestamp[targets[2]] = Infinity;
    const keep = Array.from({ length: batch.table.length }, (_, i) => i).filter((i) => !targets.includes(i));
    const without = { ...batch, table: takeRows(batch.table, keep) };
    const make = () =>
      new Monitor({
        model: run.result.model,
        prep: run.data.prep,
        references: run.data.references,
        lastClickMs: run.data.lastClickMs,
        rules: rulesFor(THRESHOLD),
        threshold: run.config.threshold,
      });
    const [a, b] = [make(), make()];
    try {
      const withNaN = await a.step(broken);
      const reference = await b.step(without);
      expect(withNaN.faulty).toBe(reference.faulty + 3);
      expect(withNaN.batchAccuracy).toBe(reference.batchAccuracy);
      expect(withNaN.drift).toEqual(reference.drift);
      for (const d of withNaN.drift) {
        expect(Number.isFinite(d.psi), d.name).toBe(true);
        if (d.wasserstein !== null) expect(Number.isFinite(d.wasserstein), d.name).toBe(true);
      }
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});

describe('MonitorSession: retrain and rollback after a sudden shift (the app’s wiring)', () => {
  it('recovers with a retrained model, measures drift only on post-swap rows, rolls back, and leaks nothing', async () => {
    const baseline = tf.memory().numTensors;
    const run = await trainRun({ seed: 42, scenario: 'sudden' });
    const session = new MonitorSession(context(run), run.config);
    try {
      expect(session.info.retrain).toBe(RETRAIN_RECIPE);
      expect(session.info.persistTicks).toBe(ALERT_PERSIST_TICKS);
      expect(session.rollback().ok).toBe(false); // nothing to roll back to yet
      const before = await session.step(31); // ticks 0–30
      expect(fired(before, ACCURACY).length).toBeGreaterThanOrEqual(1);
      expect(before[30].firing).toContain(ACCURACY);
      expect(before[30].driftBatches).toBe(10);

      const retrained = await session.retrain();
      expect(retrained).toMatchObject({ afterTick: 30, version: 2, epochs: RETRAIN_RECIPE.epochs });
      expect(retrained.rows).toBeGreaterThan(1800); // the 10-tick window of labelled rows
      expect(retrained.valAccuracy).toBeGreaterThan(THRESHOLD);

      const after = await session.step(15); // ticks 31–45
      expect(after.every((r) => r.modelVersion === 2)).toBe(true);
      // Drift right after the swap uses only the batches that arrived since: 1, 2, … up to the window.
      expect(after.map((r) => r.driftBatches)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 10, 10, 10]);
      expect(after[8].rollingAccuracy).toBeNull(); // the window restarted with the new model
      const last = after[after.length - 1];
      expect(last.rollingAccuracy!).toBeGreaterThan(THRESHOLD);
      expect(last.firing).not.toContain(ACCURACY);
      expect(after.flatMap((r) => r.events).some((e) => e.rule === ACCURACY && e.kind === 'resolved')).toBe(true);

      const back = session.rollback();
      expect(back).toEqual({ ok: true, afterTick: 45, version: 3 });
      const rolledBack = await session.step(13);
      expect(rolledBack[0].driftBatches).toBe(1);
      // The old model is back on the shifted stream: accuracy falls below the threshold again.
      expect(rolledBack[rolledBack.length - 1].rollingAccuracy!).toBeLessThan(THRESHOLD);
      expect(rolledBack[rolledBack.length - 1].firing).toContain(ACCURACY);
    } finally {
      session.dispose();
      run.result.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('a second retrain and dispose leave the caller’s model alive', async () => {
    const baseline = tf.memory().numTensors;
    const run = await trainRun({ seed: 7, epochs: 1, scenario: 'sudden' });
    const session = new MonitorSession(context(run), run.config);
    await session.step(3);
    await session.retrain();
    await session.retrain();
    session.dispose();
    // The caller still owns its model and can use and dispose it.
    expect(run.result.model.getWeights()[0].isDisposed).toBe(false);
    run.result.model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
