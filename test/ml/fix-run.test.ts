// @vitest-environment node
/**
 * Fix-it scenarios, each run twice with the same seed: with its planted bug the symptom
 * shows in the run's own numbers; with the fix it is gone. No tensors are left behind.
 */
import * as tf from '@tensorflow/tfjs';
import { hasSymptom, runFixScenario, type FixOutcome } from '../../src/ml/fix-run';
import { timeRequests, type ScoreCall } from '../../src/ml/serve-request';
import { FIX_SCENARIO_IDS, type FixScenarioId } from '../../src/pipeline/fix-plants';

const outcomes = new Map<string, FixOutcome>();
let leaked = 0;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const before = tf.memory().numTensors;
  for (const id of FIX_SCENARIO_IDS) {
    for (const fixed of [false, true]) outcomes.set(`${id}|${fixed}`, await runFixScenario(id, fixed, 42));
  }
  leaked = tf.memory().numTensors - before;
}, 300_000);

const run = (id: FixScenarioId, fixed: boolean): FixOutcome => outcomes.get(`${id}|${fixed}`)!;

/** Latency's symptom is a measured time: tested below with an injected clock, never by timing this machine. */
const UNTIMED = FIX_SCENARIO_IDS.filter((id) => id !== 'latency');

describe('every Fix-it scenario', () => {
  it.each(UNTIMED)('%s: the symptom shows with the bug and is gone with the fix', (id) => {
    expect(run(id, false).symptom).toBe(true);
    expect(run(id, true).symptom).toBe(false);
  });

  it('leaves no tensors behind', () => expect(leaked).toBe(0));
});

describe('the symptoms are the ones a team would meet', () => {
  it('leakage: suspiciously high validation accuracy that collapses on the live stream', () => {
    const bug = run('leakage', false).metrics;
    const fix = run('leakage', true).metrics;
    expect(bug.validationAccuracy).toBeGreaterThan(0.95);
    expect(bug.liveAccuracy).toBeLessThan(fix.liveAccuracy);
  });

  it('duplicates: sessions on both sides of the split; none after deduplicating', () => {
    expect(run('duplicates', false).metrics.overlap).toBeGreaterThan(100);
    expect(run('duplicates', true).metrics.overlap).toBe(0);
  });

  it('missing values recorded as 0: cleaning drops a tenth of what the tracker logged', () => {
    const bug = run('missing-zero', false).metrics;
    expect(bug.trackerFaultShare).toBeCloseTo(0.3, 5);
    expect(bug.droppedShare).toBeCloseTo(0.03, 2);
    expect(run('missing-zero', true).metrics.droppedShare).toBeCloseTo(0.3, 5);
  });

  it('silent drift: the same drop, unflagged at a 50 % threshold and flagged at 80 %', () => {
    const bug = run('silent-drift', false).metrics;
    const fix = run('silent-drift', true).metrics;
    expect(bug.lowestRolling).toBe(fix.lowestRolling);
    expect(fix.accuracyAlerts).toBeGreaterThan(0);
  });
});

describe('latency over budget (per-row calls vs one batched call)', () => {
  it('the bug calls the model once per row and the fix once per request, with the same model and accuracy', () => {
    const bug = run('latency', false).metrics;
    const fix = run('latency', true).metrics;
    expect(bug.callsPerRequest).toBe(1000);
    expect(fix.callsPerRequest).toBe(1);
    expect(bug.validationAccuracy).toBe(fix.validationAccuracy);
    expect(bug.budgetMs).toBe(50);
    expect(bug.requestP50Ms).toBeGreaterThan(0);
  });

  it('with a clock that charges each call a fixed overhead, per-row misses the budget and batched meets it, with equal answers', async () => {
    let clock = 0;
    const d = 3;
    // 0.3 ms per call plus 1 µs per row: the shape of tfjs's cost for this small model.
    const score: ScoreCall = async (x, n) => {
      clock += 0.3 + 0.001 * n;
      return Float32Array.from({ length: n }, (_, i) => x[i * d] / 10);
    };
    const x = Float32Array.from({ length: 1000 * d }, (_, i) => i % 7);
    const perRow = await timeRequests(score, x, 1000, d, 'per-row', 3, () => clock);
    const batched = await timeRequests(score, x, 1000, d, 'batched', 3, () => clock);
    expect(perRow.p50Ms).toBeCloseTo(301, 6);
    expect(batched.p50Ms).toBeCloseTo(1.3, 6);
    expect(Array.from(perRow.p)).toEqual(Array.from(batched.p));
    const metrics = (t: typeof perRow) => ({ requestP50Ms: t.p50Ms, budgetMs: 50 });
    expect(hasSymptom('latency', metrics(perRow))).toBe(true);
    expect(hasSymptom('latency', metrics(batched))).toBe(false);
  });
});
