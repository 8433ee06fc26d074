/** The skew encoder (src/pipeline/skew.ts) on the default run's data: one feature changes, the rest stays bit-identical. */
import { encodeTable } from '../../src/pipeline/prepare';
import { columnStats, compareServing, encodeSkewed, SKEW_IDS, SKEWS, skewApplies } from '../../src/pipeline/skew';
import { dataFor } from './fixtures';

const { data } = dataFor({ rows: 2000 });
const rows = data.split.validation;
const right = encodeTable(data.prep, data.features, rows);

describe.each(SKEW_IDS)('encodeSkewed(%s)', (id) => {
  const skewed = encodeSkewed(data.prep, data.features, rows, id);
  const j = data.prep.inputNames.indexOf(SKEWS[id].feature);

  it('changes only its feature’s input column and keeps the labels', () => {
    expect(skewed.n).toBe(right.n);
    expect(skewed.d).toBe(right.d);
    expect(Array.from(skewed.y)).toEqual(Array.from(right.y));
    for (let r = 0; r < right.n; r++) {
      for (let k = 0; k < right.d; k++) if (k !== j) expect(skewed.x[r * right.d + k]).toBe(right.x[r * right.d + k]);
    }
    const moved = columnStats(skewed, j);
    const trained = columnStats(right, j);
    expect(Math.abs(moved.mean - trained.mean) + Math.abs(moved.std - trained.std)).toBeGreaterThan(0.1);
  });

  it('does not mutate the table', () => {
    expect(encodeTable(data.prep, data.features, rows).x).toEqual(right.x);
  });
});

describe('the skews', () => {
  it('click_rate without the scaler feeds the raw 0–1 value', () => {
    const skewed = encodeSkewed(data.prep, data.features, rows, 'click_rate_unscaled');
    const j = data.prep.inputNames.indexOf('click_rate');
    for (let r = 0; r < 20; r++) expect(skewed.x[r * skewed.d + j]).toBeCloseTo(data.features.columns.click_rate[rows[r]], 5);
  });

  it('apply only when the model uses the feature', () => {
    const without = dataFor({ rows: 500, useEngineered: false }).data;
    expect(skewApplies(without.prep, 'click_rate_percent')).toBe(false);
    expect(skewApplies(without.prep, 'load_time_seconds')).toBe(true);
    expect(() => encodeSkewed(without.prep, without.features, [0], 'recency_minutes')).toThrow(
      /does not use time_since_last_click/,
    );
  });
});

describe('columnStats and compareServing', () => {
  it('computes the population mean and standard deviation of one column', () => {
    expect(columnStats({ x: Float32Array.from([1, 9, 3, 9]), n: 2, d: 2 }, 1)).toEqual({ mean: 9, std: 0 });
    expect(columnStats({ x: Float32Array.from([1, 3]), n: 2, d: 1 }, 0)).toEqual({ mean: 2, std: 1 });
  });

  it('counts accuracy for both pipelines, flipped decisions and the mean shift', () => {
    const c = compareServing([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4], [0.4, 0.2, 0.7, 0.6], 0.5);
    expect(c).toEqual({ accuracy: 1, skewedAccuracy: 0.5, flipped: 2, meanAbsShift: expect.closeTo(0.2, 12), allValid: true });
    expect(compareServing([1], [0.9], [Number.NaN], 0.5).allValid).toBe(false);
  });
});
