import * as tf from '@tensorflow/tfjs';
import { chooseBackend } from '../../src/ml/backend';
import { monitorRun, runPipeline, type PipelineRun } from '../../src/ml/run-pipeline';
import { resolveConfig } from '../../src/pipeline/config';
import { runRngs } from '../../src/pipeline/run-data';
import type { TickReport } from '../../src/ml/monitor';

let run: PipelineRun;
let noneTicks: TickReport[];
let baseline: number;
let afterDispose: number;
const epochsSeen: number[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
  const backend = await chooseBackend(['cpu']);
  baseline = tf.memory().numTensors;
  run = await runPipeline(resolveConfig({}), { backend, ticks: 60, onEpoch: (e) => epochsSeen.push(e.epoch) });
  // The same 60 live batches (same seed, same stream RNG) with no drift.
  const none = resolveConfig({ scenario: 'none' });
  noneTicks = await monitorRun(none, run.data, run.model, 60, runRngs(none.seed).stream);
  run.model.dispose();
  afterDispose = tf.memory().numTensors;
});

describe('runPipeline with the default configuration', () => {
  it('describes the card’s seven stages with this run’s shapes', () => {
    const stages = run.summary.stages;
    expect(stages.map((s) => s.name)).toEqual([
      'Data Collection',
      'Data Cleaning',
      'Feature Engineering',
      'Model Training',
      'Model Validation',
      'Deployment Preparation',
      'Monitoring Setup',
    ]);
    expect(stages.map((s) => [s.inShape, s.outShape])).toEqual([
      [null, [10000, 10]],
      [
        [10000, 10],
        [9800, 10],
      ],
      [
        [9800, 10],
        [9800, 12],
      ],
      [[7840, 12], null],
      [[1960, 12], null],
      [null, null],
      [null, null],
    ]);
    for (const s of stages) expect(s.example.length).toBeGreaterThan(0);
  });

  it('trains 5 epochs, reporting each, and validates in the card’s band', () => {
    expect(epochsSeen).toEqual([1, 2, 3, 4, 5]);
    expect(run.summary.epochs).toHaveLength(5);
    const v = run.summary.validation;
    expect(v.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(v.accuracy).toBeLessThanOrEqual(0.88);
    expect(v.loss).toBeGreaterThanOrEqual(0.28);
    expect(v.loss).toBeLessThanOrEqual(0.42);
    const c = v.confusion;
    expect(c.tp + c.fp + c.tn + c.fn).toBe(1960);
    expect(v.accuracy).toBeCloseTo(run.summary.epochs[4].valAccuracy, 10);
  });

  it('prepares three deployment variants', () => {
    const d = run.summary.deployment;
    expect(d.variants.map((v) => v.dtype)).toEqual(['float16', 'uint16', 'uint8']);
    expect(d.variants.map((v) => v.weightBytes)).toEqual([
      d.float32WeightBytes / 2,
      d.float32WeightBytes / 2,
      d.float32WeightBytes / 4,
    ]);
    for (const v of d.variants) expect(Math.abs(v.accuracy - run.summary.validation.accuracy)).toBeLessThanOrEqual(0.01);
    expect(d.float32Bytes).toBeGreaterThan(d.float32WeightBytes);
  });

  it('alerts on the default (gradual) stream with a rolling accuracy below 80 %', () => {
    const m = run.summary.monitoring;
    expect(m.scenario).toBe('gradual');
    expect(m.threshold).toBe(0.8);
    expect(m.ticks).toHaveLength(60);
    const alerts = m.alerts.filter((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired');
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    for (const a of alerts) expect(a.value).toBeLessThan(0.8);
    // Every moment a rule fired or resolved, in order, as the ticks reported them.
    const events = run.ticks.flatMap((t) => t.events);
    expect(m.alerts.map((a) => [a.tick, a.rule, a.kind])).toEqual(events.map((e) => [e.tick, e.rule, e.kind]));
    expect(m.alertRules.persistTicks).toBe(3);
    expect(run.summary.stages[6].example).toMatch(/^Alert triggered on accuracy drop below 80 %/);
  });

  it('raises no accuracy alert on the same 60 ticks without drift', () => {
    expect(noneTicks).toHaveLength(60);
    const fired = noneTicks.flatMap((t) => t.events).filter((e) => e.rule === 'accuracy_below_threshold');
    expect(fired).toEqual([]);
    // Same stream RNG: the first tick (before any drift) is the same batch in both runs.
    expect(noneTicks[0].batchAccuracy).toBe(run.ticks[0].batchAccuracy);
  });

  it('leaves no tensors once run.model is disposed', () => {
    expect(afterDispose).toBe(baseline);
  });
});
