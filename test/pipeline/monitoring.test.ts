import type { FeatureDrift } from '../../src/pipeline/drift';
import {
  ALERT_PERSIST_TICKS,
  AlertState,
  DEFAULT_RULES,
  describeRules,
  RollingWindow,
  WINDOW_TICKS,
  type AlertEvent,
} from '../../src/pipeline/monitoring';

const drift = (flags: boolean[]): FeatureDrift[] =>
  flags.map((drifted, i) => ({
    name: (['clicks', 'page_views', 'scroll_depth', 'load_time_ms'] as const)[i % 4],
    psi: drifted ? 0.5 : 0.01,
    wasserstein: 0,
    drifted,
    expected: [],
    actual: [],
    edges: [],
  }));

describe('RollingWindow', () => {
  it('is empty at first: no rows, NaN accuracy, not full', () => {
    const w = new RollingWindow();
    expect(w.capacity).toBe(WINDOW_TICKS);
    expect(WINDOW_TICKS).toBe(10);
    expect(w.rows).toBe(0);
    expect(w.accuracy).toBeNaN();
    expect(w.full).toBe(false);
  });

  it('weights accuracy by rows, not by ticks', () => {
    const w = new RollingWindow(5);
    w.push(100, 90); // 90 %
    w.push(300, 150); // 50 %
    expect(w.rows).toBe(400);
    expect(w.accuracy).toBeCloseTo(240 / 400, 12); // 0.6, not the tick mean 0.7
    w.push(0, 0); // an empty tick changes nothing
    expect(w.accuracy).toBeCloseTo(0.6, 12);
  });

  it('keeps only the last `capacity` ticks', () => {
    const w = new RollingWindow(3);
    w.push(10, 0);
    w.push(10, 10);
    expect(w.full).toBe(false);
    w.push(10, 10);
    expect(w.full).toBe(true);
    expect(w.accuracy).toBeCloseTo(20 / 30, 12);
    w.push(10, 10); // the 0 % tick leaves
    expect(w.rows).toBe(30);
    expect(w.accuracy).toBe(1);
    expect(w.full).toBe(true);
  });

  it('clear() empties it', () => {
    const w = new RollingWindow(2);
    w.push(5, 5);
    w.push(5, 5);
    w.clear();
    expect(w.rows).toBe(0);
    expect(w.full).toBe(false);
    expect(w.accuracy).toBeNaN();
  });
});

describe('AlertState: accuracy rule', () => {
  it('fires once when accuracy drops below the threshold, stays quiet while it holds, resolves when back', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(DEFAULT_RULES).toEqual({ accuracyThreshold: 0.8, driftShareThreshold: 0.5 });
    const series = [0.86, 0.84, 0.79, 0.75, 0.7, 0.78, 0.81, 0.83, 0.79];
    const events: AlertEvent[] = series.flatMap((acc, tick) => a.evaluate(tick, acc, []));
    expect(events.map((e) => [e.tick, e.kind])).toEqual([
      [2, 'fired'],
      [6, 'resolved'],
      [8, 'fired'],
    ]);
    expect(events.every((e) => e.rule === 'accuracy_below_threshold' && e.threshold === 0.8)).toBe(true);
    expect(events[0].value).toBe(0.79);
    expect(events[0].message).toBe('Alert triggered: rolling accuracy 79.0 % dropped below 80.0 %');
    expect(events[1].message).toBe('Resolved: rolling accuracy back at 81.0 % (threshold 80.0 %)');
    expect(a.isFiring('accuracy_below_threshold')).toBe(true);
  });

  it('does not fire at exactly the threshold', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(a.evaluate(0, 0.8, [])).toEqual([]);
    expect(a.isFiring('accuracy_below_threshold')).toBe(false);
  });

  it('does not evaluate NaN accuracy (window not full): no fire, no resolve', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(a.evaluate(0, NaN, [])).toEqual([]);
    expect(a.evaluate(1, 0.5, [])).toHaveLength(1);
    expect(a.evaluate(2, NaN, [])).toEqual([]);
    expect(a.isFiring('accuracy_below_threshold')).toBe(true);
  });

  it('uses new settings from setSettings', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(a.evaluate(0, 0.85, [])).toEqual([]);
    a.setSettings({ accuracyThreshold: 0.9, driftShareThreshold: 0.5 });
    const e = a.evaluate(1, 0.85, []);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ kind: 'fired', threshold: 0.9, value: 0.85 });
  });
});

describe('AlertState: drift rule', () => {
  it('fires when at least half the features drift, and resolves below half', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(a.evaluate(0, NaN, drift([true, false, false, false]))).toEqual([]);
    const fired = a.evaluate(1, NaN, drift([true, true, false, false]));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ tick: 1, rule: 'feature_drift', kind: 'fired', value: 0.5, threshold: 0.5 });
    expect(fired[0].message).toBe('Drift in 2 of 4 features (clicks, page_views)');
    expect(a.evaluate(2, NaN, drift([true, true, true, false]))).toEqual([]);
    const resolved = a.evaluate(3, NaN, drift([false, false, true, false]));
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatchObject({ kind: 'resolved', value: 0.25 });
    expect(resolved[0].message).toBe('Resolved: drift in 1 of 4 features');
    expect(a.isFiring('feature_drift')).toBe(false);
  });

  it('with an odd number of features needs more than half (2 of 3, not 1 of 3)', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    expect(a.evaluate(0, NaN, drift([true, false, false]))).toEqual([]);
    expect(a.evaluate(1, NaN, drift([true, true, false]))).toHaveLength(1);
  });

  it('skips the rule when there is no drift report', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    a.evaluate(0, NaN, drift([true, true]));
    expect(a.isFiring('feature_drift')).toBe(true);
    expect(a.evaluate(1, NaN, [])).toEqual([]);
    expect(a.isFiring('feature_drift')).toBe(true);
  });

  it('tracks both rules independently in one tick', () => {
    const a = new AlertState(DEFAULT_RULES, 1);
    const e = a.evaluate(4, 0.6, drift([true, true]));
    expect(e.map((x) => x.rule)).toEqual(['accuracy_below_threshold', 'feature_drift']);
    const e2 = a.evaluate(5, 0.9, drift([true, true]));
    expect(e2.map((x) => [x.rule, x.kind])).toEqual([['accuracy_below_threshold', 'resolved']]);
  });
});

describe('AlertState: minimum duration (hysteresis)', () => {
  const acc = (a: AlertState, series: number[], from = 0) =>
    series.flatMap((v, i) => a.evaluate(from + i, v, [])).map((e) => [e.tick, e.kind]);

  it('waits ALERT_PERSIST_TICKS (3) batches in a row before firing and before resolving', () => {
    expect(ALERT_PERSIST_TICKS).toBe(3);
    const a = new AlertState();
    expect(a.persistTicks).toBe(3);
    // Below at ticks 1–4, back above from tick 5.
    expect(acc(a, [0.85, 0.79, 0.78, 0.77, 0.76, 0.82, 0.83, 0.84])).toEqual([
      [3, 'fired'],
      [7, 'resolved'],
    ]);
  });

  it('ignores a single noisy batch on either side: accuracy that dips once, or recovers once, does not flap', () => {
    const a = new AlertState();
    expect(acc(a, [0.79, 0.81, 0.79, 0.79, 0.81, 0.79])).toEqual([]);
    expect(a.isFiring('accuracy_below_threshold')).toBe(false);
    expect(acc(a, [0.81, 0.7, 0.7, 0.7], 10)).toEqual([[13, 'fired']]);
    expect(acc(a, [0.9, 0.7, 0.9, 0.9, 0.7], 14)).toEqual([]);
    expect(a.isFiring('accuracy_below_threshold')).toBe(true);
  });

  it('applies to the drift rule too', () => {
    const a = new AlertState();
    const flags = [true, true];
    const events = [flags, [false, false], flags, flags, flags, [false, false]].flatMap((f, t) => a.evaluate(t, NaN, drift(f)));
    expect(events.map((e) => [e.tick, e.rule, e.kind])).toEqual([[4, 'feature_drift', 'fired']]);
  });

  it('keeps the streak across ticks where the rule is not evaluated (window refilling)', () => {
    const a = new AlertState();
    expect(acc(a, [0.7, NaN, 0.7, NaN, 0.7])).toEqual([[4, 'fired']]);
  });

  it('says so in words, with the numbers it uses', () => {
    expect(describeRules(DEFAULT_RULES)).toBe(
      'An alert fires when its rule has held for 3 batches in a row and resolves when it has not held for 3 batches in a row: ' +
        'rolling accuracy over the last 10 batches below 80.0 %, or drift in at least 50.0 % of the features.',
    );
  });
});
