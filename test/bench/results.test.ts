import { summarize } from '../../src/bench/results';

describe('summarize', () => {
  it('takes the middle run of an odd count and keeps the runs in their measured order', () => {
    expect(summarize([30, 10, 20])).toEqual({ runs: [30, 10, 20], median: 20, min: 10, max: 30 });
  });

  it('averages the two middle runs of an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('is NaN throughout when nothing ran, rather than a made-up zero', () => {
    const s = summarize([]);
    expect([s.median, s.min, s.max].every(Number.isNaN)).toBe(true);
  });
});
