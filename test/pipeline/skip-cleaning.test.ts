import { clean } from '../../src/pipeline/clean';
import { FAULT_KINDS } from '../../src/pipeline/faults';
import { describeStages } from '../../src/pipeline/stage-rows';
import { describeSkipped, skipCleaning } from '../../src/pipeline/skip-cleaning';
import { shapeOf } from '../../src/pipeline/table';
import { copyColumns, dataFor, expectColumnsUnchanged } from './fixtures';

const { data: cleaned } = dataFor();
const { config, data: skipped } = dataFor({ cleaning: 'skip' });

describe('skipCleaning (stage 2 switched off)', () => {
  it('keeps every collected row: 10,000 × 10 → 10,000 × 10 → 10,000 × 12, split 8,000 / 2,000', () => {
    expect(shapeOf(skipped.cleaned.table)).toEqual([10_000, 10]);
    expect(shapeOf(skipped.features)).toEqual([10_000, 12]);
    expect(skipped.split.train.length).toBe(8_000);
    expect(skipped.validation.n).toBe(2_000);
    expect(skipped.cleaned.dropped.length).toBe(0);
    expect(skipped.cleaned.skipped).toBe(true);
    expect(cleaned.cleaned.skipped).toBe(false);
  });

  it('counts the faulty rows it kept, under the same rules cleaning drops them by', () => {
    const dropped = cleaned.cleaned.counts;
    expect(skipped.cleaned.keptFaulty).toEqual(dropped);
    expect(Object.values(skipped.cleaned.counts).every((v) => v === 0)).toBe(true);
    expect(FAULT_KINDS.reduce((s, k) => s + skipped.cleaned.keptFaulty[k], 0)).toBe(200);
  });

  it('imputes missing clicks as 0 and keeps impossible values as they are', () => {
    const raw = skipped.generated.table.columns;
    const out = skipped.cleaned.table.columns;
    let imputed = 0;
    for (let i = 0; i < raw.clicks.length; i++) {
      if (Number.isNaN(raw.clicks[i])) {
        expect(out.clicks[i]).toBe(0);
        imputed++;
      } else expect(out.clicks[i]).toBe(raw.clicks[i]);
    }
    expect(imputed).toBe(skipped.cleaned.keptFaulty.missing_clicks);
    // Impossible values pass through untouched (the columns are the generator's own).
    expect(out.session_length_s).toBe(raw.session_length_s);
    expect(out.scroll_depth).toBe(raw.scroll_depth);
    expect(Array.from(out.scroll_depth).some((v) => v > 1)).toBe(true);
    // Nothing NaN reaches the model.
    expect(Array.from(skipped.train.x).every(Number.isFinite)).toBe(true);
    expect(Array.from(skipped.validation.x).every(Number.isFinite)).toBe(true);
  });

  it('does not mutate the collected table', () => {
    const { data } = dataFor({ rows: 500, faultRate: 0.3 });
    const before = copyColumns(data.generated.table);
    skipCleaning(data.generated.table);
    expectColumnsUnchanged(data.generated.table, before);
    // and cleaning the same table still finds the faults
    expect(clean(data.generated.table).dropped.length).toBe(150);
  });

  it('says on the stage row what it did with the faulty rows', () => {
    const row = describeStages(config, skipped, [], {
      validation: null as never,
      deployment: null as never,
      monitoring: null as never,
    }).find((s) => s.id === 'cleaning');
    expect(row?.example).toBe(
      'Cleaning skipped: kept 200 faulty rows (180 missing clicks imputed as 0, 20 impossible values kept as-is)',
    );
    expect(describeSkipped({ missing_clicks: 0 })).toBe('Cleaning skipped: no faulty rows to keep');
  });
});
