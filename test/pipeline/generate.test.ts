import { FAULT_KINDS } from '../../src/pipeline/faults';
import { DATA_SPAN_MS, DATA_START_MS, generate, usersFor, type GeneratedData } from '../../src/pipeline/generate';
import { createRng } from '../../src/pipeline/rng';
import { DEVICES, RAW_COLUMNS, SOURCES } from '../../src/pipeline/schema';
import { shapeOf, type Column } from '../../src/pipeline/table';
import { sameBits } from './fixtures';

const DEFAULT = { rows: 10_000, faultRate: 0.02 };
const SEEDS = [1, 7, 42, 2026];
const bySeed = new Map<number, GeneratedData>(SEEDS.map((s) => [s, generate(DEFAULT, createRng(s))]));
const data = (seed: number): GeneratedData => bySeed.get(seed)!;

/** Indices of rows the generator did not break. */
function cleanRows(d: GeneratedData): number[] {
  const out: number[] = [];
  for (let i = 0; i < d.table.length; i++) if (d.faults[i] === 0) out.push(i);
  return out;
}

describe('generate: shape', () => {
  it.each(SEEDS)('seed %i gives exactly 10,000 rows × the 10 raw columns in order', (seed) => {
    const t = data(seed).table;
    expect(shapeOf(t)).toEqual([10_000, 10]);
    expect(Object.keys(t.columns)).toEqual(RAW_COLUMNS.map((c) => c.name));
    for (const col of Object.values<Column>(t.columns)) expect(col.length).toBe(10_000);
    expect(data(seed).faults.length).toBe(10_000);
    expect(data(seed).probability.length).toBe(10_000);
  });

  it('uses compact typed columns', () => {
    const c = data(42).table.columns;
    expect(c.user_id).toBeInstanceOf(Int32Array);
    expect(c.timestamp).toBeInstanceOf(Float64Array);
    expect(c.device).toBeInstanceOf(Uint8Array);
    expect(c.clicks).toBeInstanceOf(Float32Array);
    expect(c.converted).toBeInstanceOf(Uint8Array);
  });

  it.each([100, 1234, 50_000])('gives exactly %i rows for other sizes', (rows) => {
    const d = generate({ rows, faultRate: 0.02 }, createRng(3));
    expect(shapeOf(d.table)).toEqual([rows, 10]);
    expect(d.population.size).toBe(usersFor(rows));
  });
});

describe('generate: values of clean rows', () => {
  it.each(SEEDS)('seed %i: every clean row is physically possible', (seed) => {
    const d = data(seed);
    const c = d.table.columns;
    const problems: string[] = [];
    for (const i of cleanRows(d)) {
      const pv = c.page_views[i];
      const clicks = c.clicks[i];
      if (!(pv >= 1 && Number.isInteger(pv))) problems.push(`page_views ${pv} @${i}`);
      if (!(clicks >= 0 && clicks <= pv && Number.isInteger(clicks))) problems.push(`clicks ${clicks}/${pv} @${i}`);
      if (!(c.scroll_depth[i] >= 0 && c.scroll_depth[i] <= 1)) problems.push(`scroll ${c.scroll_depth[i]} @${i}`);
      if (!(c.session_length_s[i] > 0)) problems.push(`session ${c.session_length_s[i]} @${i}`);
      if (!(c.load_time_ms[i] > 0)) problems.push(`load ${c.load_time_ms[i]} @${i}`);
      if (!(c.device[i] < DEVICES.length)) problems.push(`device ${c.device[i]} @${i}`);
      if (!(c.source[i] < SOURCES.length)) problems.push(`source ${c.source[i]} @${i}`);
      if (!(c.converted[i] === 0 || c.converted[i] === 1)) problems.push(`converted ${c.converted[i]} @${i}`);
      if (!(c.user_id[i] >= 0 && c.user_id[i] < d.population.size)) problems.push(`user ${c.user_id[i]} @${i}`);
      if (!(d.probability[i] > 0 && d.probability[i] < 1)) problems.push(`probability ${d.probability[i]} @${i}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it.each(SEEDS)('seed %i: timestamps are non-decreasing and span the eight weeks from 2026-01-05', (seed) => {
    const ts = data(seed).table.columns.timestamp;
    let decreasing = 0;
    for (let i = 1; i < ts.length; i++) if (ts[i] < ts[i - 1]) decreasing++;
    expect(decreasing).toBe(0);
    expect(ts[0]).toBeGreaterThanOrEqual(DATA_START_MS);
    expect(ts[0] - DATA_START_MS).toBeLessThan(24 * 3600 * 1000);
    const span = (ts[ts.length - 1] - DATA_START_MS) / DATA_SPAN_MS;
    expect(span).toBeGreaterThan(0.95);
    expect(span).toBeLessThan(1.05);
  });

  it.each(SEEDS)('seed %i: users come back for several sessions', (seed) => {
    const d = data(seed);
    const perUser = new Map<number, number>();
    for (const u of d.table.columns.user_id) perUser.set(u, (perUser.get(u) ?? 0) + 1);
    const counts = [...perUser.values()];
    expect(d.population.size).toBe(1250);
    expect(perUser.size).toBeGreaterThan(0.95 * d.population.size);
    expect(10_000 / perUser.size).toBeGreaterThan(7);
    expect(counts.filter((n) => n >= 3).length / perUser.size).toBeGreaterThan(0.8);
  });

  it.each(SEEDS)('seed %i: conversion share is plausible (0.2–0.5) and matches the hidden probabilities', (seed) => {
    const d = data(seed);
    let converted = 0;
    let expected = 0;
    for (let i = 0; i < d.table.length; i++) {
      converted += d.table.columns.converted[i];
      expected += d.probability[i];
    }
    const share = converted / d.table.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
    // Labels are Bernoulli draws from `probability`: the totals agree within a few standard errors.
    expect(Math.abs(converted - expected)).toBeLessThan(4 * Math.sqrt(d.table.length * 0.25));
  });

  it('covers every device and source', () => {
    const c = data(42).table.columns;
    expect(new Set(c.device).size).toBe(DEVICES.length);
    expect(new Set(c.source).size).toBe(SOURCES.length);
  });
});

describe('generate: faults', () => {
  it.each(SEEDS)('seed %i: exactly 200 faulty rows — 180 missing clicks and 20 impossible values', (seed) => {
    const d = data(seed);
    const faulty = d.faults.filter((f) => f !== 0).length;
    expect(faulty).toBe(200);
    expect(d.faultCounts).toEqual({
      missing_clicks: 180,
      negative_session_length: 7,
      clicks_exceed_page_views: 7,
      scroll_depth_out_of_range: 6,
    });
    // faultCounts agrees with the per-row log.
    FAULT_KINDS.forEach((k, idx) => expect(d.faults.filter((f) => f === idx + 1).length).toBe(d.faultCounts[k]));
  });

  it('each logged fault is visible in the values', () => {
    const d = data(7);
    const c = d.table.columns;
    for (let i = 0; i < d.table.length; i++) {
      switch (d.faults[i]) {
        case 1:
          expect(c.clicks[i]).toBeNaN();
          break;
        case 2:
          expect(c.session_length_s[i]).toBeLessThan(0);
          break;
        case 3:
          expect(c.clicks[i]).toBeGreaterThan(c.page_views[i]);
          break;
        case 4:
          expect(c.scroll_depth[i]).toBeGreaterThan(1);
          break;
      }
    }
    // No clean row has a NaN.
    expect(cleanRows(d).some((i) => Number.isNaN(c.clicks[i]))).toBe(false);
  });

  it.each([
    [10_000, 0, 0],
    [1234, 0.1, 123],
    [1000, 0.5, 500],
    [100, 0.03, 3],
    [2001, 0.02, 40],
  ])('rows %i × faultRate %d → exactly %i faulty rows', (rows, faultRate, expected) => {
    const d = generate({ rows, faultRate }, createRng(99));
    expect(d.faults.filter((f) => f !== 0).length).toBe(expected);
    expect(Object.values(d.faultCounts).reduce((s, n) => s + n, 0)).toBe(expected);
    expect(d.faultCounts.missing_clicks).toBe(Math.round(expected * 0.9));
  });
});

describe('generate: determinism', () => {
  it('the same seed twice gives bit-identical columns, faults and probabilities', () => {
    const a = data(42);
    const b = generate(DEFAULT, createRng(42));
    for (const name of Object.keys(a.table.columns) as (keyof typeof a.table.columns)[]) {
      expect(sameBits(a.table.columns[name], b.table.columns[name]), name).toBe(true);
    }
    expect(sameBits(a.faults, b.faults)).toBe(true);
    expect(sameBits(a.probability, b.probability)).toBe(true);
    expect(sameBits(a.population.interest, b.population.interest)).toBe(true);
    expect(sameBits(a.history.lastClickMs, b.history.lastClickMs)).toBe(true);
    expect(b.faultCounts).toEqual(a.faultCounts);
  });

  it('different seeds give different data', () => {
    const a = data(42).table.columns;
    const b = data(2026).table.columns;
    for (const name of ['timestamp', 'session_length_s', 'load_time_ms', 'user_id'] as const) {
      expect(sameBits(a[name], b[name]), name).toBe(false);
    }
    expect(sameBits(data(42).faults, data(2026).faults)).toBe(false);
  });

  it('the history holds each user’s last clicking session', () => {
    const d = data(1);
    const c = d.table.columns;
    const last = new Float64Array(d.population.size).fill(NaN);
    // The generator records clicks before faults are injected, so use clean rows' clicks
    // and accept faulty rows only where the history points at them.
    for (let i = 0; i < d.table.length; i++) if (d.faults[i] === 0 && c.clicks[i] > 0) last[c.user_id[i]] = c.timestamp[i];
    let agree = 0;
    let later = 0;
    for (let u = 0; u < d.population.size; u++) {
      if (Object.is(last[u], d.history.lastClickMs[u])) agree++;
      else if (d.history.lastClickMs[u] > last[u] || Number.isNaN(last[u])) later++;
    }
    expect(agree + later).toBe(d.population.size);
    expect(agree).toBeGreaterThan(0.9 * d.population.size);
  });
});
