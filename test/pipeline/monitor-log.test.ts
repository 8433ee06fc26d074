/**
 * The dashboard's bookkeeping (src/pipeline/monitor-log.ts) and, as a property over random
 * accuracy sequences and thresholds, the alert rule: it is firing exactly while the rolling
 * accuracy is below the threshold, and it logs one event per change.
 */
import fc from 'fast-check';
import { alertEntries, describeLive, liveSummary, modelEntry, toPoint, type LiveTick } from '../../src/pipeline/monitor-log';
import { AlertState, RollingWindow } from '../../src/pipeline/monitoring';

const tick = (over: Partial<LiveTick>): LiveTick => ({
  tick: 0,
  timeMs: Date.UTC(2026, 2, 4, 17, 20),
  rows: 200,
  faulty: 4,
  batchAccuracy: 0.8,
  rollingAccuracy: null,
  drift: [],
  driftShare: 0,
  events: [],
  firing: [],
  modelVersion: 1,
  driftBatches: 1,
  ...over,
});

describe('the alert rule, as a property', () => {
  it('fires if and only if the rolling accuracy is below the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 50, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        (correct, thresholdPct, windowTicks) => {
          const threshold = thresholdPct / 100;
          const window = new RollingWindow(windowTicks);
          const alerts = new AlertState({ accuracyThreshold: threshold, driftShareThreshold: 0.5 }, 1);
          let firing = false;
          correct.forEach((c, t) => {
            window.push(200, c);
            const rolling = window.full ? window.accuracy : NaN;
            const events = alerts.evaluate(t, rolling, []);
            const below = !Number.isNaN(rolling) && rolling < threshold;
            const now = Number.isNaN(rolling) ? firing : below;
            expect(alerts.isFiring('accuracy_below_threshold')).toBe(now);
            expect(events).toHaveLength(now === firing ? 0 : 1);
            if (events.length) expect(events[0]).toMatchObject({ kind: now ? 'fired' : 'resolved', value: rolling, threshold });
            firing = now;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('alert log and summary', () => {
  const fired = tick({
    tick: 23,
    rollingAccuracy: 0.78,
    events: [
      { tick: 23, rule: 'accuracy_below_threshold', kind: 'fired', value: 0.78, threshold: 0.8, message: 'Alert triggered: …' },
    ],
    firing: ['accuracy_below_threshold'],
  });

  it('turns events into log entries with the stream time and a formatted value', () => {
    expect(alertEntries(fired)).toEqual([
      {
        tick: 23,
        timeMs: fired.timeMs,
        kind: 'fired',
        rule: 'Accuracy below threshold',
        value: '78.0 %',
        message: 'Alert triggered: …',
        ruleId: 'accuracy_below_threshold',
        rawValue: 0.78,
      },
    ]);
    const swap = modelEntry('retrain', 30, 0, 'retrained model 1', 'Retrained', 0.9);
    expect(modelEntry('rollback', 31, 0, 'the trained model', 'Rolled back').value).toBe('the trained model');
    expect(swap).toMatchObject({
      kind: 'retrain',
      rule: 'Retrained on recent data',
      value: 'retrained model 1: 90.0 % on held-out live rows',
      ruleId: null,
    });
  });

  it('summarises the live stream in the run summary’s shape: alerts fired and resolved, no model events', () => {
    const points = [tick({ tick: 22, rollingAccuracy: 0.81 }), fired].map(toPoint);
    const log = [...alertEntries(fired), modelEntry('rollback', 23, 0, 'the trained model', 'Rolled back')];
    const s = liveSummary('sudden', 0.8, points, log);
    expect(s.scenario).toBe('sudden');
    expect(s.ticks.map((t) => t.accuracy)).toEqual([0.81, 0.78]);
    expect(s.alerts).toEqual([
      { tick: 23, rule: 'accuracy_below_threshold', kind: 'fired', value: 0.78, message: 'Alert triggered: …' },
    ]);
    const resolved = tick({
      tick: 30,
      rollingAccuracy: 0.83,
      events: [
        { tick: 30, rule: 'accuracy_below_threshold', kind: 'resolved', value: 0.83, threshold: 0.8, message: 'Resolved' },
      ],
    });
    const s2 = liveSummary('sudden', 0.8, points, [...log, ...alertEntries(resolved)]);
    expect(s2.alerts.map((a) => [a.tick, a.kind])).toEqual([
      [23, 'fired'],
      [30, 'resolved'],
    ]);
    expect(s2.alertRules).toMatchObject({ windowTicks: 10, persistTicks: 3, accuracyThreshold: 0.8, driftShareThreshold: 0.5 });
  });

  it('describes where the stream stands', () => {
    expect(describeLive([], 0.8)).toBe('No live batches yet.');
    expect(describeLive([toPoint(tick({ tick: 3 }))], 0.8)).toBe('Batch 3 (model v1): filling the rolling window.');
    expect(describeLive([toPoint(fired)], 0.8)).toBe('Batch 23 (model v1): rolling accuracy 78.0 %, below the 80 % threshold.');
    expect(describeLive([toPoint(fired)], 0.7, 'retrained model 2')).toBe(
      'Batch 23 (serving retrained model 2): rolling accuracy 78.0 %, at or above the 70 % threshold.',
    );
  });
});
