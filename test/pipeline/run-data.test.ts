import { resolveConfig } from '../../src/pipeline/config';
import { driftReport } from '../../src/pipeline/drift';
import { runData, runRngs, type RunData } from '../../src/pipeline/run-data';
import { modelFeatureNames } from '../../src/pipeline/schema';
import { splitRows } from '../../src/pipeline/split';
import { shapeOf } from '../../src/pipeline/table';
import { sameBits } from './fixtures';

const base: RunData = runData(resolveConfig());
const raw: RunData = runData(resolveConfig({ useEngineered: false }));

describe('runRngs', () => {
  it('derives four different, reproducible streams from the seed', () => {
    const a = runRngs(42);
    const b = runRngs(42);
    const first = [a.data.next(), a.split.next(), a.train.next(), a.stream.next()];
    expect([b.data.next(), b.split.next(), b.train.next(), b.stream.next()]).toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(runRngs(43).data.next()).not.toBe(first[0]);
  });
});

describe('runData with the default config', () => {
  it('has the card’s shapes: 10,000 × 10 → 9,800 × 10 → 9,800 × 12 → 7,840 / 1,960', () => {
    expect(shapeOf(base.generated.table)).toEqual([10_000, 10]);
    expect(shapeOf(base.cleaned.table)).toEqual([9_800, 10]);
    expect(shapeOf(base.features)).toEqual([9_800, 12]);
    expect(base.split.train.length).toBe(7_840);
    expect(base.split.validation.length).toBe(1_960);
    expect(base.train.n).toBe(7_840);
    expect(base.validation.n).toBe(1_960);
  });

  it('encodes the model features: 14 inputs including click_rate', () => {
    expect(base.featureNames).toEqual(modelFeatureNames(true));
    expect(base.train.d).toBe(14);
    expect(base.validation.d).toBe(14);
    expect(base.prep.inputNames).toContain('click_rate');
    expect(base.prep.inputNames).toContain('time_since_last_click');
    expect(base.references.map((r) => r.name)).toEqual(base.featureNames);
  });

  it('splits with the seed’s own split stream, independent of how much the data stage drew', () => {
    const expected = splitRows(9_800, runRngs(42).split);
    expect(Array.from(base.split.validation)).toEqual(Array.from(expected.validation));
    // Passing the rngs explicitly gives the same run.
    const explicit = runData(resolveConfig({ rows: 1_000 }), runRngs(42));
    expect(Array.from(explicit.split.validation)).toEqual(Array.from(splitRows(980, runRngs(42).split).validation));
  });

  it('labels follow the split rows', () => {
    for (let r = 0; r < 100; r++) {
      expect(base.train.y[r]).toBe(base.features.columns.converted[base.split.train[r]]);
      expect(base.validation.y[r]).toBe(base.features.columns.converted[base.split.validation[r]]);
    }
  });

  it('keeps the serving feature store: each user’s last clicking session among the cleaned rows', () => {
    const c = base.cleaned.table.columns;
    const expected = new Float64Array(base.generated.population.size).fill(NaN);
    for (let i = 0; i < base.cleaned.table.length; i++) if (c.clicks[i] > 0) expected[c.user_id[i]] = c.timestamp[i];
    expect(base.lastClickMs.length).toBe(base.generated.population.size);
    expect(sameBits(base.lastClickMs, expected)).toBe(true);
  });

  it('validation rows do not drift from the training reference', () => {
    const report = driftReport(base.references, base.features, base.split.validation);
    expect(report.filter((d) => d.drifted)).toEqual([]);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const again = runData(resolveConfig());
    expect(sameBits(again.train.x, base.train.x)).toBe(true);
    expect(sameBits(again.validation.y, base.validation.y)).toBe(true);
    expect(again.prep.means).toEqual(base.prep.means);
    const other = runData(resolveConfig({ seed: 7 }));
    expect(sameBits(other.train.x, base.train.x)).toBe(false);
  });

  it('later-stage knobs do not change the data', () => {
    const later = runData(resolveConfig({ epochs: 50, learningRate: 0.1, scenario: 'sudden', threshold: 0.3 }));
    expect(sameBits(later.train.x, base.train.x)).toBe(true);
    expect(Array.from(later.split.validation)).toEqual(Array.from(base.split.validation));
  });
});

describe('runData with engineered features switched off', () => {
  it('keeps the 10 raw columns and drops click_rate from the inputs', () => {
    expect(shapeOf(raw.features)).toEqual([9_800, 10]);
    expect(Object.keys(raw.features.columns)).not.toContain('click_rate');
    expect(Object.keys(raw.features.columns)).not.toContain('time_since_last_click');
    expect(raw.featureNames).toEqual(modelFeatureNames(false));
    expect(raw.prep.inputNames).not.toContain('click_rate');
    expect(raw.prep.inputNames).not.toContain('time_since_last_click');
    expect(raw.train.d).toBe(12);
    expect(raw.references).toHaveLength(7);
  });

  it('uses the same rows and split as the engineered run', () => {
    expect(raw.split.train.length).toBe(7_840);
    expect(Array.from(raw.split.train)).toEqual(Array.from(base.split.train));
    expect(sameBits(raw.train.y, base.train.y)).toBe(true);
    // The first 12 inputs are the same columns, scaled the same way.
    expect(raw.prep.means).toEqual(base.prep.means.slice(0, 12));
    for (let r = 0; r < 20; r++) {
      expect(Array.from(raw.train.x.subarray(r * 12, r * 12 + 12))).toEqual(
        Array.from(base.train.x.subarray(r * 14, r * 14 + 12)),
      );
    }
  });
});
