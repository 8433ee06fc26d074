import fc from 'fast-check';
import { buildDotData, exampleGap, ROLE_DROPPED, ROLE_TRAIN, ROLE_VALIDATION } from '../../src/pipeline/dot-data';
import { FAULT_KINDS } from '../../src/pipeline/faults';
import { dataFor } from './fixtures';

const { data } = dataFor({ rows: 4000, seed: 7 });

describe('buildDotData: one mark per row of the run', () => {
  const dots = buildDotData(data);

  it('has a mark per collected row and each mark carries its row’s label', () => {
    expect(dots.stride).toBe(1);
    expect(dots.marks).toBe(4000);
    const converted = data.generated.table.columns.converted;
    for (let m = 0; m < dots.marks; m += 97) expect(dots.label[m]).toBe(converted[m] >= 0.5 ? 1 : 0);
    expect(dots.convertedRows).toBe(dots.label.reduce((a, v) => a + v, 0));
  });

  it('marks exactly the rows cleaning dropped, under the rule cleaning gave', () => {
    FAULT_KINDS.forEach((k, i) => expect(dots.fault.filter((f) => f === i + 1).length).toBe(data.cleaned.counts[k]));
    expect(dots.role.filter((r) => r === ROLE_DROPPED).length).toBe(data.cleaned.dropped.length);
  });

  it('follows the seeded split: roles and positions point at the same rows as split.train and split.validation', () => {
    expect(dots.role.filter((r) => r === ROLE_TRAIN).length).toBe(data.split.train.length);
    expect(dots.role.filter((r) => r === ROLE_VALIDATION).length).toBe(data.split.validation.length);
    expect(dots.trainMarks.length).toBe(data.split.train.length);
    // The mark's cleaned row is the one the split put at that position.
    const kept = Array.from(data.cleaned.kept);
    for (let m = 0; m < dots.marks; m += 31) {
      if (dots.role[m] === ROLE_DROPPED) continue;
      const list = dots.role[m] === ROLE_TRAIN ? data.split.train : data.split.validation;
      expect(kept[list[dots.splitPos[m]]]).toBe(m);
    }
  });

  it('places every session inside the collection window and gives kept rows their click_rate', () => {
    expect(dots.time.every((t) => t >= 0 && t <= 1)).toBe(true);
    for (let m = 0; m < dots.marks; m++) {
      if (dots.role[m] === ROLE_DROPPED) expect(Number.isNaN(dots.clickRate[m])).toBe(true);
      else expect(dots.clickRate[m]).toBeGreaterThanOrEqual(0);
    }
    // The same day count as the collection card line ("over N days").
    const ts = data.generated.table.columns.timestamp;
    expect(dots.days).toBe(Math.round((ts[ts.length - 1] - ts[0]) / 86_400_000));
  });

  it('gives one user’s sessions in time order for the time_since_last_click picture', () => {
    const u = dots.user!;
    expect(u.times.length).toBeGreaterThan(1);
    for (let i = 1; i < u.times.length; i++) expect(u.times[i]).toBeGreaterThanOrEqual(u.times[i - 1]);
    expect(u.hoursSince.some((h) => h < 48)).toBe(true);
    // The arrow the view draws spans exactly the hours the feature holds.
    const gap = exampleGap(u)!;
    const ts = data.generated.table.columns.timestamp;
    const spanHours = (ts[ts.length - 1] - ts[0]) / 3_600_000;
    expect((u.times[gap.at] - u.times[gap.from]) * spanHours).toBeCloseTo(u.hoursSince[gap.at], 1);
    expect(u.clicks[gap.from]).toBeGreaterThan(0);
  });

  it('samples every stride-th row above the mark cap, never more marks than the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 5000 }), (cap) => {
        const d = buildDotData(data, cap);
        expect(d.marks).toBeLessThanOrEqual(cap);
        expect(d.marks * d.stride).toBeGreaterThanOrEqual(d.rows);
        expect(d.stride).toBe(Math.ceil(4000 / cap));
      }),
      { numRuns: 25 },
    );
    const d = buildDotData(data, 1000);
    const converted = data.generated.table.columns.converted;
    for (let m = 0; m < d.marks; m += 50) expect(d.label[m]).toBe(converted[m * d.stride] >= 0.5 ? 1 : 0);
  });
});
