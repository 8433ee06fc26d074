import { quantile, quantileSorted } from '../../src/pipeline/quantile';

describe('quantile (nearest rank)', () => {
  const xs = [50, 10, 40, 20, 30, 60, 90, 70, 100, 80];

  it.each([
    [0, 10],
    [0.1, 10],
    [0.11, 20],
    [0.5, 50],
    [0.51, 60],
    [0.9, 90],
    [0.95, 100],
    [1, 100],
  ])('q = %d gives %d', (q, expected) => {
    expect(quantile(xs, q)).toBe(expected);
  });

  it('handles one element, an empty list and out-of-range q', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([3, 1, 2], -1)).toBe(1);
    expect(quantile([3, 1, 2], 2)).toBe(3);
  });

  it('does not reorder its input', () => {
    const copy = [...xs];
    quantile(xs, 0.5);
    expect(xs).toEqual(copy);
  });
});

describe('quantile of unsorted values', () => {
  it('picks order statistics of the finite values', () => {
    const v = [5, 1, NaN, 3, Infinity, 2, 4];
    expect(quantile(v, 0)).toBe(1);
    expect(quantile(v, 0.5)).toBe(3); // 5 finite values: the 3rd
    expect(quantile(v, 1)).toBe(5);
    expect(quantile([NaN], 0.5)).toBeNaN();
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('does not reorder its input', () => {
    const v = Float32Array.from([3, 1, 2]);
    quantile(v, 0.5);
    expect(Array.from(v)).toEqual([3, 1, 2]);
  });
});

describe('quantileSorted', () => {
  it('reads the nearest rank straight from a sorted sample', () => {
    const sorted = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(quantileSorted(sorted, 0.1)).toBe(1);
    expect(quantileSorted(sorted, 0.5)).toBe(5);
    expect(quantileSorted(sorted, 0.9)).toBe(9);
    expect(quantileSorted(new Float32Array(0), 0.5)).toBeNaN();
  });
});
