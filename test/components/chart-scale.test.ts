import fc from 'fast-check';
import { integerTicks, linearScale, niceStep, niceTicks } from '../../src/components/chart-scale';

describe('niceStep', () => {
  it.each([
    [1, 5, 0.25],
    [0.37, 5, 0.1],
    [9, 10, 1],
    [120, 5, 50],
  ])('span %d over %d ticks steps by %d', (span, ticks, step) => {
    expect(niceStep(span, ticks)).toBeCloseTo(step);
  });
});

describe('niceTicks', () => {
  it('brackets the data with round values', () => {
    expect(niceTicks(0.34, 0.54)).toEqual([0.3, 0.35, 0.4, 0.45, 0.5, 0.55]);
    expect(niceTicks(0.706, 0.847)).toEqual([0.7, 0.75, 0.8, 0.85]);
  });

  it('pads a flat series so it sits inside the axis', () => {
    const t = niceTicks(0.5, 0.5);
    expect(t[0]).toBeLessThan(0.5);
    expect(t[t.length - 1]).toBeGreaterThan(0.5);
  });

  it('gives no ticks for non-finite or inverted input', () => {
    expect(niceTicks(NaN, 1)).toEqual([]);
    expect(niceTicks(0, Infinity)).toEqual([]);
    expect(niceTicks(2, 1)).toEqual([]);
  });

  it('always covers [min, max] with evenly spaced ticks, and not too many', () => {
    fc.assert(
      fc.property(
        // Values to a thousandth, as losses and rates are (denormal floats are not chart data).
        fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 1000),
        fc.integer({ min: 0, max: 1e9 }).map((v) => v / 1000),
        (a, span) => {
          const t = niceTicks(a, a + span);
          // Within float rounding (ticks are trimmed to 12 significant digits).
          const eps = 1e-9 * Math.max(1, Math.abs(a) + span);
          expect(t[0]).toBeLessThanOrEqual(a + eps);
          expect(t[t.length - 1]).toBeGreaterThanOrEqual(a + span - eps);
          expect(t.length).toBeLessThanOrEqual(12);
          const step = t[1] - t[0];
          t.slice(1).forEach((v, i) => expect(v - t[i]).toBeCloseTo(step, 6));
        },
      ),
    );
  });
});

describe('integerTicks', () => {
  it('labels every epoch while there are few', () => {
    expect(integerTicks(5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('labels 1 and round multiples for long runs', () => {
    expect(integerTicks(50)).toEqual([1, 10, 20, 30, 40, 50]);
    expect(integerTicks(200).length).toBeLessThanOrEqual(9);
  });
});

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, inverted ranges included', () => {
    const y = linearScale(0, 1, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(1)).toBe(0);
    expect(y(0.25)).toBe(150);
  });

  it('puts everything mid-range for a zero-width domain', () => {
    expect(linearScale(3, 3, 0, 100)(3)).toBe(50);
  });
});
