/**
 * Stage 7's dot layout: one mark per live row of the batches on the current
 * page (right / wrong / turned away as the monitor's points say), the alert's
 * batch labelled, and the drift overlay's 100 + 100 marks in the drift
 * report's own bins.
 */
import { featureDrift, featureReference } from '../../../src/pipeline/drift';
import { percentUnits, batchCounts } from '../../../src/pipeline/dot-layout/live-batches';
import { monitoringLayout, monitoringMarks, streamSlots } from '../../../src/pipeline/dot-layout/layout-monitoring';
import { INK, type DotLayout } from '../../../src/pipeline/dot-layout/types';
import type { LogEntry, TickPoint } from '../../../src/pipeline/monitor-log';

const ROWS = 200;
/** Batch t: 200 rows, t % 5 faulty, accuracy falling from 0.9 by 0.005 a batch. */
function point(tick: number): TickPoint {
  const faulty = tick % 5;
  const scored = ROWS - faulty;
  const correct = Math.round((0.9 - 0.005 * tick) * scored);
  return {
    tick,
    timeMs: tick * 60_000,
    rows: ROWS,
    faulty,
    batchAccuracy: correct / scored,
    rollingAccuracy: tick >= 9 ? 0.88 - 0.005 * tick : null,
    driftShare: 0,
    modelVersion: 1,
    driftBatches: Math.min(10, tick + 1),
  };
}
const alertAt = (tick: number): LogEntry => ({
  tick,
  timeMs: tick * 60_000,
  kind: 'fired',
  rule: 'Accuracy below threshold',
  value: '79.0 %',
  message: 'Rolling accuracy fell below 80 %',
  ruleId: 'accuracy_below_threshold',
  rawValue: 0.79,
});
const train = Float32Array.from({ length: 2000 }, (_, i) => (i % 100) / 10);
const live = Float32Array.from({ length: 2000 }, (_, i) => 5 + (i % 100) / 20);
const drift = [featureDrift(featureReference('session_length_s', train), live)];
const view = (n: number, log: LogEntry[] = []) => {
  const points = Array.from({ length: n }, (_, t) => point(t));
  return {
    points,
    log,
    drift,
    rows: n * ROWS,
    faulty: points.reduce((a, p) => a + p.faulty, 0),
    threshold: 0.8,
    batchRows: ROWS,
  };
};
const count = (l: DotLayout, ink: number) => l.ink.filter((k) => k === ink).length;

describe.each([
  { width: 1180, height: 300 },
  { width: 358, height: 280 },
])('monitoring layout in a $width × $height box', (box) => {
  it('has a fixed number of marks for the box, so a new batch only retargets', () => {
    expect(monitoringLayout(view(3), box).x.length).toBe(monitoringMarks(box, ROWS));
    expect(monitoringLayout(view(7), box).x.length).toBe(monitoringMarks(box, ROWS));
  });

  it('one mark per live row of the page: right, wrong and turned away as each batch says', () => {
    const v = view(Math.min(5, streamSlots(box.width)));
    const l = monitoringLayout(v, box);
    const sum = (k: 'right' | 'wrong' | 'rejected') => v.points.reduce((a, p) => a + batchCounts(p)[k], 0);
    expect(count(l, INK.right)).toBe(sum('right'));
    expect(count(l, INK.wrong)).toBe(sum('wrong'));
    expect(count(l, INK.faded)).toBe(sum('rejected'));
    expect(sum('right') + sum('wrong') + sum('rejected')).toBe(v.rows);
    expect(l.counts).toMatchObject({ batches: 5, rows: v.rows, faulty: v.faulty, right: sum('right'), wrong: sum('wrong') });
    expect(l.summary).toContain(`5 live batches so far: ${v.rows.toLocaleString('en-US')} rows, ${v.faulty} turned away`);
    expect(l.table.rows).toHaveLength(5);
    for (let m = 0; m < l.x.length; m++) {
      if (l.ink[m] === INK.hidden) continue;
      expect(l.x[m]).toBeGreaterThanOrEqual(0);
      expect(l.x[m]).toBeLessThanOrEqual(box.width);
      expect(l.y[m]).toBeGreaterThanOrEqual(0);
      expect(l.y[m]).toBeLessThanOrEqual(box.height);
    }
  });

  it('turns the page when the columns are full: only the new page’s batches are drawn', () => {
    const slots = streamSlots(box.width);
    const v = view(slots + 2);
    const l = monitoringLayout(v, box);
    expect(l.counts.pageStart).toBe(slots);
    const page = v.points.slice(slots);
    expect(count(l, INK.right)).toBe(page.reduce((a, p) => a + batchCounts(p).right, 0));
    expect(l.table.rows.map((r) => r[0])).toEqual([String(slots), String(slots + 1)]);
  });

  it('labels the batch where the accuracy alert fired, as the card line names it', () => {
    const l = monitoringLayout(view(6, [alertAt(4)]), box);
    expect(l.labels.map((x) => x.text)).toContainEqual(expect.stringMatching(/^(▼ alert: batch 4|alert: batch 4 ▼)$/));
    expect(l.summary).toContain('The accuracy alert fired at batch 4 (rolling accuracy 79.0 %)');
    expect(l.counts.alertTick).toBe(4);
    expect(monitoringLayout(view(6), box).summary).toContain('No accuracy alert has fired');
  });

  it('overlays the drifting feature’s live shares on its training shares, 1 mark per percentage point', () => {
    const l = monitoringLayout(view(2), box);
    expect(count(l, INK.trainingShare)).toBe(100);
    expect(count(l, INK.liveShare)).toBe(100);
    expect(l.extraTable?.rows).toHaveLength(drift[0].expected.length);
    expect(l.labels.map((x) => x.text)).toContain('session_length_s: training vs live');
    expect(l.summary).toMatch(/The feature that moved most is session_length_s \(PSI [\d.]+\)/);
  });
});

it('percentUnits: whole points summing to 100, largest remainders first', () => {
  expect(percentUnits([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
  expect(percentUnits([0.125, 0.875])).toEqual([13, 87]);
  expect(percentUnits([0, 0])).toEqual([0, 0]);
});

it('with no batches yet: every mark hidden and a sentence that says so', () => {
  const l = monitoringLayout(view(0), { width: 600, height: 300 });
  expect(l.summary).toBe('No live batches yet: start the stream to watch them arrive.');
  expect(count(l, INK.right)).toBe(0);
});
