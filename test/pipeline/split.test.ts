import { VALIDATION_SHARE } from '../../src/pipeline/config';
import { createRng } from '../../src/pipeline/rng';
import { splitRows } from '../../src/pipeline/split';

describe('splitRows', () => {
  it('splits 9,800 rows into 7,840 training and 1,960 validation rows', () => {
    const s = splitRows(9_800, createRng(42));
    expect(s.train.length).toBe(7_840);
    expect(s.validation.length).toBe(1_960);
    expect(VALIDATION_SHARE).toBe(0.2);
  });

  it('is disjoint and covers every row exactly once', () => {
    const n = 9_800;
    const s = splitRows(n, createRng(7));
    const seen = new Uint8Array(n);
    for (const i of s.train) seen[i]++;
    for (const i of s.validation) seen[i]++;
    expect(seen.every((c) => c === 1)).toBe(true);
    expect(new Set([...s.train, ...s.validation]).size).toBe(n);
  });

  it('shuffles: validation rows come from the whole range, not a block', () => {
    const s = splitRows(9_800, createRng(3));
    const early = s.validation.filter((i) => i < 4_900).length;
    expect(early).toBeGreaterThan(900);
    expect(early).toBeLessThan(1_060);
    let ascending = 0;
    for (let k = 1; k < s.train.length; k++) if (s.train[k] > s.train[k - 1]) ascending++;
    expect(ascending / s.train.length).toBeLessThan(0.6);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = splitRows(9_800, createRng(42));
    const b = splitRows(9_800, createRng(42));
    const c = splitRows(9_800, createRng(43));
    expect(Array.from(b.train)).toEqual(Array.from(a.train));
    expect(Array.from(b.validation)).toEqual(Array.from(a.validation));
    expect(Array.from(c.validation)).not.toEqual(Array.from(a.validation));
  });

  it.each([
    [100, 0.2, 20],
    [101, 0.2, 20],
    [103, 0.2, 21],
    [10, 0.5, 5],
    [10, 0, 0],
    [10, 1, 10],
    [0, 0.2, 0],
  ])('n = %i, share %d → %i validation rows', (n, share, nVal) => {
    const s = splitRows(n, createRng(1), share);
    expect(s.validation.length).toBe(nVal);
    expect(s.train.length).toBe(n - nVal);
  });
});
