import { categoricalHistogram, integerHistogram, isWholeNumbers, numericHistogram } from '../../src/pipeline/histogram';

describe('numericHistogram', () => {
  it('counts by equal-width bins, split by label, with outliers in the end bins', () => {
    const h = numericHistogram([0, 1, 2, 3, 9.99, -5, 50, NaN], [0, 1, 0, 1, 1, 0, 1, 1], 5, 0, 10);
    expect(h.edges).toEqual([0, 2, 4, 6, 8, 10]);
    expect(h.negative).toEqual([2, 1, 0, 0, 0]); // 0, −5 → bin 0; 2 → bin 1
    expect(h.positive).toEqual([1, 1, 0, 0, 2]); // 1; 3; 9.99 and 50
    expect(h.missing).toBe(1);
    expect(h.categories).toEqual([]);
  });

  it('counts every non-missing value exactly once', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 37) % 101);
    const labels = values.map((_, i) => i % 2);
    const h = numericHistogram(values, labels);
    expect(h.edges).toHaveLength(21);
    const total = [...h.negative, ...h.positive].reduce((s, n) => s + n, 0);
    expect(total).toBe(1000);
    for (let k = 1; k < h.edges.length; k++) expect(h.edges[k]).toBeGreaterThan(h.edges[k - 1]);
  });

  it('survives a constant column', () => {
    const h = numericHistogram([4, 4, 4], [0, 1, 1], 4);
    expect(h.edges[0]).toBe(4);
    expect(h.edges[4]).toBe(5);
    expect(h.negative[0] + h.positive[0]).toBe(3);
  });
});

describe('categoricalHistogram', () => {
  it('counts per category and label; unknown codes count as missing', () => {
    const h = categoricalHistogram([0, 1, 1, 2, 7, NaN], [1, 0, 1, 0, 1, 0], ['desktop', 'mobile', 'tablet']);
    expect(h.categories).toEqual(['desktop', 'mobile', 'tablet']);
    expect(h.negative).toEqual([0, 1, 1]);
    expect(h.positive).toEqual([1, 1, 0]);
    expect(h.missing).toBe(2);
    expect(h.edges).toEqual([]);
  });
});

describe('integerHistogram', () => {
  it('bins whole numbers one per bin when the range is small, centred on the integers', () => {
    const h = integerHistogram([1, 1, 2, 3, 3, 3], [0, 1, 0, 0, 1, 1], 20);
    expect(h.edges).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(h.negative).toEqual([1, 1, 1]);
    expect(h.positive).toEqual([1, 0, 2]);
  });

  it('widens bins to whole numbers when the range is large', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const h = integerHistogram(values, new Array(100).fill(0), 10);
    const widths = h.edges.slice(1).map((e, i) => e - h.edges[i]);
    expect(widths.every((w) => Number.isInteger(w) && w >= 1)).toBe(true);
    expect(h.negative.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('detects whole-number columns', () => {
    expect(isWholeNumbers([1, 2, NaN, 4])).toBe(true);
    expect(isWholeNumbers([1, 2.5])).toBe(false);
  });
});
