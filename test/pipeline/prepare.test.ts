import { clean } from '../../src/pipeline/clean';
import { engineerFeatures, type FeatureTable } from '../../src/pipeline/features';
import { generate } from '../../src/pipeline/generate';
import { encodeTable, encodeValues, fitPreprocessor } from '../../src/pipeline/prepare';
import { createRng } from '../../src/pipeline/rng';
import { DEVICES, modelFeatureNames, SOURCES } from '../../src/pipeline/schema';
import { splitRows } from '../../src/pipeline/split';
import type { Column } from '../../src/pipeline/table';
import { rawTable } from './fixtures';

const features: FeatureTable = engineerFeatures(clean(generate({ rows: 5_000, faultRate: 0.02 }, createRng(42)).table).table);
const split = splitRows(features.length, createRng(1));
const NAMES = modelFeatureNames(true);

const INPUT_NAMES = [
  'device=desktop',
  'device=mobile',
  'device=tablet',
  'source=search',
  'source=social',
  'source=direct',
  'source=email',
  'session_length_s',
  'page_views',
  'clicks',
  'scroll_depth',
  'load_time_ms',
  'click_rate',
  'time_since_last_click',
];

/** A copy of `t` with `change` applied to the given rows of every numeric feature column. */
function withRowsChanged(t: FeatureTable, rows: ArrayLike<number>, change: (v: number) => number): FeatureTable {
  const columns = { ...t.columns } as Record<string, Column>;
  for (const name of [
    'session_length_s',
    'page_views',
    'clicks',
    'scroll_depth',
    'load_time_ms',
    'click_rate',
    'time_since_last_click',
  ]) {
    const c = columns[name].slice();
    for (let k = 0; k < rows.length; k++) c[rows[k]] = change(c[rows[k]]);
    columns[name] = c;
  }
  const device = t.columns.device.slice();
  for (let k = 0; k < rows.length; k++) device[rows[k]] = 2;
  columns.device = device;
  return { length: t.length, columns: columns as FeatureTable['columns'] };
}

describe('fitPreprocessor', () => {
  it('names the inputs: one-hot columns for device and source, then the numeric features', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    expect(prep.inputNames).toEqual(INPUT_NAMES);
    expect(prep.means).toHaveLength(14);
    expect(prep.stds).toHaveLength(14);
    expect(prep.features.map((f) => f.name)).toEqual(NAMES);
    expect(prep.features.find((f) => f.name === 'device')?.categories).toEqual(DEVICES);
    expect(prep.features.find((f) => f.name === 'source')?.categories).toEqual(SOURCES);
    expect(prep.features.find((f) => f.name === 'clicks')?.transform).toBe('log1p');
    expect(prep.features.find((f) => f.name === 'scroll_depth')?.transform).toBe('none');
    expect(prep.features.find((f) => f.name === 'click_rate')?.transform).toBe('none');
  });

  it('without engineered features has 12 inputs and no click_rate', () => {
    const prep = fitPreprocessor(features, split.train, modelFeatureNames(false));
    expect(prep.inputNames).toEqual(INPUT_NAMES.slice(0, 12));
    expect(prep.inputNames).not.toContain('click_rate');
    expect(prep.inputNames).not.toContain('time_since_last_click');
  });

  it('leaves one-hot columns unscaled (mean 0, std 1)', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    for (let j = 0; j < 7; j++) {
      expect(prep.means[j]).toBe(0);
      expect(prep.stds[j]).toBe(1);
    }
    for (let j = 7; j < 14; j++) expect(prep.stds[j]).toBeGreaterThan(0);
  });

  it('is fitted on the training rows only: changing validation rows changes nothing', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    const tampered = withRowsChanged(features, split.validation, (v) => v * 100 + 7);
    const again = fitPreprocessor(tampered, split.train, NAMES);
    expect(again.means).toEqual(prep.means);
    expect(again.stds).toEqual(prep.stds);
    // …whereas changing training rows does change the scaler.
    const trainTampered = withRowsChanged(features, split.train.subarray(0, 500), (v) => v * 100 + 7);
    const moved = fitPreprocessor(trainTampered, split.train, NAMES);
    for (let j = 7; j < 14; j++) expect(moved.means[j]).not.toBe(prep.means[j]);
  });

  it('uses the log of log1p columns: mean of log1p(clicks) on a tiny table', () => {
    const t = engineerFeatures(
      rawTable([
        { clicks: 0, page_views: 4 },
        { clicks: 1, page_views: 4 },
        { clicks: 3, page_views: 4 },
      ]),
    );
    const prep = fitPreprocessor(t, [0, 1, 2], ['clicks', 'scroll_depth']);
    const logs = [0, 1, 3].map(Math.log1p);
    const m = logs.reduce((s, v) => s + v, 0) / 3;
    expect(prep.means[0]).toBeCloseTo(m, 6);
    expect(prep.stds[0]).toBeCloseTo(Math.sqrt(logs.reduce((s, v) => s + (v - m) ** 2, 0) / 3), 6);
    // scroll_depth is 0.5 everywhere: zero spread falls back to std 1.
    expect(prep.means[1]).toBeCloseTo(0.5, 6);
    expect(prep.stds[1]).toBe(1);
  });
});

describe('encodeTable', () => {
  const prep = fitPreprocessor(features, split.train, NAMES);
  const train = encodeTable(prep, features, split.train);

  it('has the shape n × d and the labels of the chosen rows', () => {
    expect(train.n).toBe(split.train.length);
    expect(train.d).toBe(14);
    expect(train.x.length).toBe(train.n * train.d);
    for (let r = 0; r < 50; r++) expect(train.y[r]).toBe(features.columns.converted[split.train[r]]);
    const all = encodeTable(prep, features);
    expect(all.n).toBe(features.length);
  });

  it('standardises training columns to mean ≈ 0 and std ≈ 1', () => {
    for (let j = 7; j < train.d; j++) {
      let s = 0;
      let ss = 0;
      for (let r = 0; r < train.n; r++) s += train.x[r * train.d + j];
      const m = s / train.n;
      for (let r = 0; r < train.n; r++) ss += (train.x[r * train.d + j] - m) ** 2;
      expect(Math.abs(m), INPUT_NAMES[j]).toBeLessThan(1e-4);
      expect(Math.sqrt(ss / train.n), INPUT_NAMES[j]).toBeCloseTo(1, 3);
    }
  });

  it('one-hot encodes device and source: each group holds exactly one 1 matching the code', () => {
    let wrong = 0;
    for (let r = 0; r < train.n; r++) {
      const row = train.x.subarray(r * train.d, (r + 1) * train.d);
      const i = split.train[r];
      const device = DEVICES.map((_, k) => (k === features.columns.device[i] ? 1 : 0));
      const source = SOURCES.map((_, k) => (k === features.columns.source[i] ? 1 : 0));
      if (device.some((v, k) => row[k] !== v) || source.some((v, k) => row[3 + k] !== v)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('validation rows are encoded with the training scaler (not re-standardised)', () => {
    const v = encodeTable(prep, features, split.validation);
    let s = 0;
    for (let r = 0; r < v.n; r++) s += v.x[r * v.d + 7];
    // Close to 0 (same distribution) but not forced to 0.
    expect(Math.abs(s / v.n)).toBeLessThan(0.15);
    expect(Math.abs(s / v.n)).toBeGreaterThan(1e-5);
  });
});

describe('encodeValues', () => {
  it('equals encodeTable for the same row', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    for (const i of [split.validation[0], split.train[5], 0, features.length - 1]) {
      const values = NAMES.map((n) => features.columns[n][i]);
      const one = encodeValues(prep, values);
      const table = encodeTable(prep, features, [i]);
      expect(Array.from(one)).toEqual(Array.from(table.x));
    }
  });

  it('computes (log1p(v) − mean) / std for a numeric input', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    const values = [1, 3, 300, 6, 2, 0.4, 1500, 2 / 6, 24];
    const x = encodeValues(prep, values);
    expect(Array.from(x.subarray(0, 7))).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(x[7]).toBeCloseTo((Math.log1p(300) - prep.means[7]) / prep.stds[7], 5);
    expect(x[10]).toBeCloseTo((0.4 - prep.means[10]) / prep.stds[10], 5);
    // Negative inputs to log columns are floored at 0 before log1p.
    const neg = encodeValues(prep, [0, 0, -50, 6, 2, 0.4, 1500, 0.3, 24]);
    expect(neg[7]).toBeCloseTo((0 - prep.means[7]) / prep.stds[7], 5);
  });

  it('writes into a given buffer', () => {
    const prep = fitPreprocessor(features, split.train, NAMES);
    const out = new Float32Array(14);
    expect(encodeValues(prep, [0, 0, 100, 3, 1, 0.5, 900, 1 / 3, 720], out)).toBe(out);
  });
});
