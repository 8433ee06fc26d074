import { rowProblem } from '../../src/pipeline/clean';
import { breakRow, FAULT_KINDS, injectFaults, MISSING_SHARE, zeroCounts } from '../../src/pipeline/faults';
import { createRng } from '../../src/pipeline/rng';
import { rawTable } from './fixtures';

const validRows = (n: number) =>
  rawTable(Array.from({ length: n }, (_, i) => ({ user_id: i % 7, page_views: 3 + (i % 5), clicks: i % 3 })));

describe('zeroCounts', () => {
  it('has every kind at 0, in FAULT_KINDS order', () => {
    expect(zeroCounts()).toEqual({
      missing_clicks: 0,
      negative_session_length: 0,
      clicks_exceed_page_views: 0,
      scroll_depth_out_of_range: 0,
    });
    expect(Object.keys(zeroCounts())).toEqual([...FAULT_KINDS]);
    expect(MISSING_SHARE).toBe(0.9);
  });
});

describe('breakRow', () => {
  it.each(FAULT_KINDS.map((k, i) => [k, i] as const))('breaks a row so the cleaner reports %s', (kind, k) => {
    const t = validRows(3);
    breakRow(t, 1, k, createRng(1));
    expect(rowProblem(t, 1)).toBe(kind);
    expect(rowProblem(t, 0)).toBeNull();
    expect(rowProblem(t, 2)).toBeNull();
  });

  it('writes the documented values', () => {
    const t = rawTable([{ session_length_s: 12.2, page_views: 4, clicks: 2, scroll_depth: 0.3 }]);
    breakRow(t, 0, 1, createRng(1));
    expect(t.columns.session_length_s[0]).toBe(-13);
    breakRow(t, 0, 2, createRng(1));
    expect(t.columns.clicks[0]).toBeGreaterThanOrEqual(5);
    expect(t.columns.clicks[0]).toBeLessThanOrEqual(9);
    breakRow(t, 0, 3, createRng(1));
    expect(t.columns.scroll_depth[0]).toBeGreaterThanOrEqual(1.5);
    expect(t.columns.scroll_depth[0]).toBeLessThan(3.5);
    breakRow(t, 0, 0, createRng(1));
    expect(t.columns.clicks[0]).toBeNaN();
  });
});

describe('injectFaults', () => {
  it('breaks exactly `count` distinct rows and logs each one', () => {
    const t = validRows(500);
    const { faults, counts } = injectFaults(t, 50, createRng(3));
    const logged = [...faults.keys()].filter((i) => faults[i] !== 0);
    expect(logged.length).toBe(50);
    for (let i = 0; i < t.length; i++) {
      const p = rowProblem(t, i);
      expect(p === null ? 0 : FAULT_KINDS.indexOf(p) + 1).toBe(faults[i]);
    }
    expect(counts).toEqual({
      missing_clicks: 45,
      negative_session_length: 2,
      clicks_exceed_page_views: 2,
      scroll_depth_out_of_range: 1,
    });
  });

  it('clamps the count to [0, rows] and rounds it', () => {
    expect(injectFaults(validRows(10), -3, createRng(1)).faults.every((f) => f === 0)).toBe(true);
    expect(injectFaults(validRows(10), 25, createRng(1)).faults.every((f) => f !== 0)).toBe(true);
    expect(injectFaults(validRows(10), 2.6, createRng(1)).faults.filter((f) => f !== 0).length).toBe(3);
  });

  it('leaves the table alone when count is 0', () => {
    const t = validRows(20);
    const before = t.columns.clicks.slice();
    const { counts } = injectFaults(t, 0, createRng(1));
    expect(Array.from(t.columns.clicks)).toEqual(Array.from(before));
    expect(counts).toEqual(zeroCounts());
  });

  it('picks rows spread over the whole table and depends on the seed', () => {
    const a = injectFaults(validRows(1000), 100, createRng(5)).faults;
    const b = injectFaults(validRows(1000), 100, createRng(5)).faults;
    const c = injectFaults(validRows(1000), 100, createRng(6)).faults;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    const firstHalf = a.subarray(0, 500).filter((f) => f !== 0).length;
    expect(firstHalf).toBeGreaterThan(30);
    expect(firstHalf).toBeLessThan(70);
  });
});
