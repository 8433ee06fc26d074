import { clean, describeCleaning, REASON_TEXT, rowProblem } from '../../src/pipeline/clean';
import { FAULT_KINDS, zeroCounts, type FaultKind } from '../../src/pipeline/faults';
import { generate } from '../../src/pipeline/generate';
import { createRng } from '../../src/pipeline/rng';
import { shapeOf } from '../../src/pipeline/table';
import { copyColumns, expectColumnsUnchanged, rawTable } from './fixtures';

const counts = (c: Partial<Record<FaultKind, number>>) => ({ ...zeroCounts(), ...c });

describe('clean on generated data', () => {
  it.each([1, 7, 42, 2026])('seed %i: drops exactly the injected faults (10,000 → 9,800 rows)', (seed) => {
    const g = generate({ rows: 10_000, faultRate: 0.02 }, createRng(seed));
    const r = clean(g.table);
    expect(shapeOf(r.table)).toEqual([9_800, 10]);
    expect(r.counts).toEqual(g.faultCounts);
    expect(r.kept.length + r.dropped.length).toBe(10_000);
    // Dropped rows are exactly the rows the generator broke, with the same reason.
    const logged = [...g.faults.keys()].filter((i) => g.faults[i] !== 0);
    expect(Array.from(r.dropped)).toEqual(logged);
    r.dropped.forEach((row, k) => expect(r.droppedReasons[k] + 1).toBe(g.faults[row]));
    // Kept rows are in order and carry the original values.
    for (let k = 1; k < r.kept.length; k++) expect(r.kept[k]).toBeGreaterThan(r.kept[k - 1]);
    expect(r.table.columns.timestamp[100]).toBe(g.table.columns.timestamp[r.kept[100]]);
  });

  it('drops nothing when no faults were injected', () => {
    const g = generate({ rows: 2_000, faultRate: 0 }, createRng(4));
    const r = clean(g.table);
    expect(r.table.length).toBe(2_000);
    expect(r.dropped.length).toBe(0);
    expect(describeCleaning(r.counts)).toBe('No faulty rows found: nothing dropped');
  });

  it('does not mutate the input table', () => {
    const g = generate({ rows: 2_000, faultRate: 0.1 }, createRng(8));
    const before = copyColumns(g.table);
    const r = clean(g.table);
    expectColumnsUnchanged(g.table, before);
    expect(g.table.length).toBe(2_000);
    // The output owns its own arrays.
    expect(r.table.columns.clicks).not.toBe(g.table.columns.clicks);
  });
});

describe('rowProblem and clean on hand-made tables', () => {
  const fixture = () =>
    rawTable([
      {}, // 0 clean
      { clicks: NaN }, // 1 missing clicks
      { session_length_s: -30 }, // 2 negative session length
      { page_views: 3, clicks: 4 }, // 3 more clicks than page views
      { scroll_depth: 1.5 }, // 4 scroll depth out of range
      { clicks: 0, page_views: 1, scroll_depth: 1, session_length_s: 0 }, // 5 clean: edges are allowed
      { clicks: NaN, session_length_s: -1 }, // 6 two problems: the first rule wins
      { session_length_s: -1, scroll_depth: 2 }, // 7 two problems: the first rule wins
      { clicks: 9, page_views: 2, scroll_depth: -0.1 }, // 8 two problems: the first rule wins
      { scroll_depth: -0.01 }, // 9 scroll below 0
      { session_length_s: NaN }, // 10 missing session length counts as not ≥ 0
      { scroll_depth: NaN }, // 11 missing scroll depth
      { clicks: -1 }, // 12 negative clicks share the clicks rule
    ]);

  const expected: (FaultKind | null)[] = [
    null,
    'missing_clicks',
    'negative_session_length',
    'clicks_exceed_page_views',
    'scroll_depth_out_of_range',
    null,
    'missing_clicks',
    'negative_session_length',
    'clicks_exceed_page_views',
    'scroll_depth_out_of_range',
    'negative_session_length',
    'scroll_depth_out_of_range',
    'clicks_exceed_page_views',
  ];

  it('gives the right reason per row, the first rule winning', () => {
    const t = fixture();
    expected.forEach((reason, i) => expect(rowProblem(t, i), `row ${i}`).toBe(reason));
  });

  it('clean keeps the clean rows and lists every dropped row with its reason', () => {
    const t = fixture();
    const before = copyColumns(t);
    const r = clean(t);
    expect(Array.from(r.kept)).toEqual([0, 5]);
    expect(Array.from(r.dropped)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    expect(Array.from(r.droppedReasons).map((k) => FAULT_KINDS[k])).toEqual(expected.filter((e) => e !== null));
    expect(r.counts).toEqual(
      counts({ missing_clicks: 2, negative_session_length: 3, clicks_exceed_page_views: 3, scroll_depth_out_of_range: 3 }),
    );
    expect(shapeOf(r.table)).toEqual([2, 10]);
    expect(r.table.columns.session_length_s[1]).toBe(0);
    expect(r.table.columns.user_id).toBeInstanceOf(Int32Array);
    expectColumnsUnchanged(t, before);
  });

  it('handles an empty table', () => {
    const r = clean(rawTable([]));
    expect(r.table.length).toBe(0);
    expect(r.kept.length).toBe(0);
    expect(r.counts).toEqual(zeroCounts());
  });
});

describe('describeCleaning', () => {
  it('matches the card for the default run', () => {
    expect(
      describeCleaning(
        counts({ missing_clicks: 180, negative_session_length: 7, clicks_exceed_page_views: 7, scroll_depth_out_of_range: 6 }),
      ),
    ).toBe('Dropped 200 rows: 180 missing clicks, 20 impossible values');
  });

  it('uses singular forms for one row and one impossible value', () => {
    expect(describeCleaning(counts({ scroll_depth_out_of_range: 1 }))).toBe('Dropped 1 row: 1 impossible value');
    // "missing clicks" names the fault (the clicks column is missing), so either number reads fine.
    expect(describeCleaning(counts({ missing_clicks: 1 }))).toMatch(/^Dropped 1 row: 1 missing clicks?$/);
    expect(describeCleaning(counts({ missing_clicks: 1, negative_session_length: 1 }))).toMatch(
      /^Dropped 2 rows: 1 missing clicks?, 1 impossible value$/,
    );
  });

  it('leaves out a part that is zero', () => {
    expect(describeCleaning(counts({ missing_clicks: 5 }))).toBe('Dropped 5 rows: 5 missing clicks');
    expect(describeCleaning(counts({ negative_session_length: 2, clicks_exceed_page_views: 3 }))).toBe(
      'Dropped 5 rows: 5 impossible values',
    );
  });

  it('says nothing was dropped for all-zero counts', () => {
    expect(describeCleaning(zeroCounts())).toBe('No faulty rows found: nothing dropped');
  });

  it('groups thousands', () => {
    expect(describeCleaning(counts({ missing_clicks: 18_000, scroll_depth_out_of_range: 2_000 }))).toBe(
      'Dropped 20,000 rows: 18,000 missing clicks, 2,000 impossible values',
    );
  });

  it('has a reason text for every fault kind', () => {
    for (const k of FAULT_KINDS) expect(REASON_TEXT[k].length).toBeGreaterThan(0);
  });
});
