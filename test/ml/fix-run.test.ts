// @vitest-environment node
/**
 * Fix-it scenarios, each run twice with the same seed: with its planted bug the symptom
 * shows in the run's own numbers; with the fix it is gone. No tensors are left behind.
 */
import * as tf from '@tensorflow/tfjs';
import { runFixScenario, type FixOutcome } from '../../src/ml/fix-run';
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

describe('every Fix-it scenario', () => {
  it.each(FIX_SCENARIO_IDS)('%s: the symptom shows with the bug and is gone with the fix', (id) => {
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
