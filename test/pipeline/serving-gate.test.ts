import { rowIsFinite, servingGate } from '../../src/pipeline/serving-gate';
import { rawTable } from './fixtures';

describe('servingGate', () => {
  it('turns away rows that break a cleaning rule or carry a non-finite value, and counts them as faulty', () => {
    const t = rawTable([
      {},
      { clicks: NaN }, // a cleaning rule (missing clicks)
      { load_time_ms: NaN }, // passes every cleaning rule, but is not a number
      { page_views: Infinity },
      { timestamp: NaN },
      { session_length_s: 30 },
    ]);
    expect(rowIsFinite(t, 0)).toBe(true);
    expect(rowIsFinite(t, 2)).toBe(false);
    const g = servingGate(t);
    expect(g.table.length).toBe(2);
    expect(Array.from(g.table.columns.session_length_s)).toEqual([120, 30]);
    expect(g.faulty).toBe(4);
    expect(g.nonFinite).toBe(3);
  });

  it('does not mutate its input', () => {
    const t = rawTable([{ load_time_ms: NaN }, {}]);
    servingGate(t);
    expect(t.length).toBe(2);
    expect(t.columns.load_time_ms[0]).toBeNaN();
  });
});
