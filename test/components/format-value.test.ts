import { formatValue } from '../../src/components/format-value';
import { columnInfo } from '../../src/pipeline/schema';

describe('how table values are shown', () => {
  it('describes timestamp as what the table shows: a UTC date and time to the minute', () => {
    const info = columnInfo('timestamp');
    const shown = formatValue('timestamp', Date.UTC(2026, 0, 5, 9, 7, 30));
    expect(shown).toBe('2026-01-05 09:07');
    // The unit names the shown pattern, so a learner can read the cell from it.
    expect(info?.unit).toContain('YYYY-MM-DD hh:mm');
    const pattern = /YYYY-MM-DD hh:mm/.exec(info?.unit ?? '')![0].replace(/[YMDhm]/g, '\\d');
    expect(shown).toMatch(new RegExp(`^${pattern}$`));
    expect(info?.unit).toMatch(/UTC/);
  });
});
