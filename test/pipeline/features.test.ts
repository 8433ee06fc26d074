import { clean } from '../../src/pipeline/clean';
import { clickRate, engineerFeatures, hoursSinceLastClick } from '../../src/pipeline/features';
import { generate } from '../../src/pipeline/generate';
import { createRng, permutation } from '../../src/pipeline/rng';
import { ENGINEERED_COLUMNS, RAW_COLUMNS, RECENCY_CAP_HOURS } from '../../src/pipeline/schema';
import { shapeOf } from '../../src/pipeline/table';
import { copyColumns, expectColumnsUnchanged, HOUR_MS, rawTable } from './fixtures';

const CAP = RECENCY_CAP_HOURS;

interface Session {
  user: number;
  hour: number;
  clicks: number;
}

function recency(sessions: Session[], state = new Float64Array(8).fill(NaN)): number[] {
  const out = hoursSinceLastClick(
    Int32Array.from(sessions.map((s) => s.user)),
    Float64Array.from(sessions.map((s) => s.hour * HOUR_MS)),
    Float32Array.from(sessions.map((s) => s.clicks)),
    state,
  );
  expect(out).toBeInstanceOf(Float32Array);
  return Array.from(out);
}

describe('clickRate', () => {
  it('is clicks ÷ page views, and 0 when there were no page views', () => {
    const r = clickRate(Float32Array.from([2, 0, 3, 1, 0]), Float32Array.from([4, 5, 3, 3, 0]));
    expect(r).toBeInstanceOf(Float32Array);
    expect(r[0]).toBe(0.5);
    expect(r[1]).toBe(0);
    expect(r[2]).toBe(1);
    expect(r[3]).toBeCloseTo(1 / 3, 6);
    expect(r[4]).toBe(0);
  });

  it('is empty for empty input', () => {
    expect(clickRate(new Float32Array(0), new Float32Array(0)).length).toBe(0);
  });
});

describe('hoursSinceLastClick', () => {
  it('gives the cap to a first session', () => {
    expect(CAP).toBe(720);
    expect(recency([{ user: 0, hour: 10, clicks: 3 }])).toEqual([CAP]);
  });

  it('counts hours since the previous session with clicks; sessions without clicks do not reset it', () => {
    const got = recency([
      { user: 0, hour: 0, clicks: 2 }, // first → cap
      { user: 0, hour: 2, clicks: 0 }, // 2 h after the clicking session
      { user: 0, hour: 5, clicks: 1 }, // still 5 h: the 0-click session did not reset
      { user: 0, hour: 6.5, clicks: 0 }, // 1.5 h after the session at hour 5
    ]);
    expect(got).toEqual([CAP, 2, 5, 1.5]);
  });

  it('keeps users independent', () => {
    const got = recency([
      { user: 0, hour: 0, clicks: 1 },
      { user: 1, hour: 1, clicks: 0 }, // user 1 never clicked → cap
      { user: 1, hour: 3, clicks: 4 }, // still no earlier click → cap
      { user: 0, hour: 4, clicks: 0 }, // 4 h since user 0's click
      { user: 1, hour: 4, clicks: 0 }, // 1 h since user 1's click
    ]);
    expect(got).toEqual([CAP, CAP, CAP, 4, 1]);
  });

  it('caps long gaps at 720 h', () => {
    expect(
      recency([
        { user: 2, hour: 0, clicks: 1 },
        { user: 2, hour: 719, clicks: 0 },
        { user: 2, hour: 1000, clicks: 0 },
      ]),
    ).toEqual([CAP, 719, CAP]);
  });

  it('does not count a session at the same instant as earlier', () => {
    expect(
      recency([
        { user: 3, hour: 10, clicks: 1 },
        { user: 3, hour: 10, clicks: 1 },
        { user: 3, hour: 12, clicks: 0 },
      ]),
    ).toEqual([CAP, CAP, 2]);
  });

  it('gives the same result for rows out of time order as for sorted rows', () => {
    const rng = createRng(12);
    const sorted: Session[] = [];
    let hour = 0;
    for (let i = 0; i < 300; i++) {
      hour += rng.next() * 30;
      sorted.push({ user: rng.int(6), hour, clicks: rng.next() < 0.5 ? 0 : 1 + rng.int(3) });
    }
    const expected = recency(sorted);
    expect(expected.some((h) => h < CAP)).toBe(true);
    const order = permutation(rng, sorted.length);
    const shuffled = Array.from(order, (i) => sorted[i]);
    const got = recency(shuffled);
    order.forEach((i, k) => expect(got[k]).toBe(expected[i]));
  });

  it('continues from the state across calls and updates it in place', () => {
    const all: Session[] = [
      { user: 0, hour: 0, clicks: 1 },
      { user: 1, hour: 1, clicks: 2 },
      { user: 0, hour: 3, clicks: 0 },
      { user: 1, hour: 5, clicks: 0 },
      { user: 0, hour: 9, clicks: 0 },
      { user: 2, hour: 10, clicks: 0 },
    ];
    const whole = recency(all);
    const state = new Float64Array(8).fill(NaN);
    const first = recency(all.slice(0, 3), state);
    expect(state[0]).toBe(0);
    expect(state[1]).toBe(1 * HOUR_MS);
    expect(state[2]).toBeNaN();
    const second = recency(all.slice(3), state);
    expect([...first, ...second]).toEqual(whole);
    expect(whole).toEqual([CAP, CAP, 3, 4, 9, CAP]);
    // A fresh state restarts history: the second half alone sees no earlier clicks.
    expect(recency(all.slice(3))).toEqual([CAP, CAP, CAP]);
  });
});

describe('engineerFeatures', () => {
  it('adds click_rate and time_since_last_click before the label (12 columns)', () => {
    const t = rawTable([
      { user_id: 0, timestamp: 0, clicks: 2, page_views: 4 },
      { user_id: 0, timestamp: 3 * HOUR_MS, clicks: 0, page_views: 5 },
      { user_id: 1, timestamp: 4 * HOUR_MS, clicks: 1, page_views: 1, converted: 1 },
    ]);
    const f = engineerFeatures(t);
    expect(shapeOf(f)).toEqual([3, 12]);
    const rawNames = RAW_COLUMNS.map((c) => c.name);
    expect(Object.keys(f.columns)).toEqual([...rawNames.slice(0, -1), ...ENGINEERED_COLUMNS.map((c) => c.name), 'converted']);
    expect(Array.from(f.columns.click_rate)).toEqual([0.5, 0, 1]);
    expect(Array.from(f.columns.time_since_last_click)).toEqual([CAP, 3, CAP]);
    expect(Array.from(f.columns.converted)).toEqual([0, 0, 1]);
  });

  it('does not mutate its input', () => {
    const g = generate({ rows: 3_000, faultRate: 0.02 }, createRng(31));
    const t = clean(g.table).table;
    const before = copyColumns(t);
    engineerFeatures(t);
    expectColumnsUnchanged(t, before);
    expect(Object.keys(t.columns)).toHaveLength(10);
  });

  it('is a pure function of the table without a state, and continues a given state', () => {
    const g = generate({ rows: 3_000, faultRate: 0.02 }, createRng(32));
    const t = clean(g.table).table;
    const a = engineerFeatures(t).columns.time_since_last_click;
    const b = engineerFeatures(t).columns.time_since_last_click;
    expect(Array.from(b)).toEqual(Array.from(a));
    const state = new Float64Array(g.population.size).fill(NaN);
    const c = engineerFeatures(t, state).columns.time_since_last_click;
    expect(Array.from(c)).toEqual(Array.from(a));
    expect(state.some((v) => !Number.isNaN(v))).toBe(true);
    // A second pass over the same rows with that state: every session is now at or before the stored click.
    const again = engineerFeatures(t, state).columns.time_since_last_click;
    expect(Array.from(again)).not.toEqual(Array.from(a));
  });

  it('gives values in range on generated data', () => {
    const g = generate({ rows: 10_000, faultRate: 0.02 }, createRng(42));
    const f = engineerFeatures(clean(g.table).table);
    expect(shapeOf(f)).toEqual([9_800, 12]);
    let bad = 0;
    let recent = 0;
    for (let i = 0; i < f.length; i++) {
      const r = f.columns.click_rate[i];
      const h = f.columns.time_since_last_click[i];
      if (!(r >= 0 && r <= 1)) bad++;
      if (!(h > 0 && h <= CAP)) bad++;
      if (h < CAP) recent++;
    }
    expect(bad).toBe(0);
    // Users return over eight weeks: most sessions have a recent clicking session.
    expect(recent / f.length).toBeGreaterThan(0.5);
  });
});

describe('at scale', () => {
  it('generate + clean + engineerFeatures handles 1,000,000 rows (→ 980,000 × 12)', () => {
    const g = generate({ rows: 1_000_000, faultRate: 0.02 }, createRng(42));
    expect(g.table.length).toBe(1_000_000);
    const c = clean(g.table);
    expect(c.table.length).toBe(980_000);
    expect(c.counts.missing_clicks).toBe(18_000);
    const f = engineerFeatures(c.table);
    expect(shapeOf(f)).toEqual([980_000, 12]);
    expect(f.columns.time_since_last_click[979_999]).toBeLessThanOrEqual(CAP);
  });
});
