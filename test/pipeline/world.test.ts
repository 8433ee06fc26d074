import { BASE_CONCEPT, BASE_WORLD, conversionProbability } from '../../src/pipeline/world';

// device, source, session length (s), page views, clicks, scroll depth, load time (ms), hours since a click
type Args = [number, number, number, number, number, number, number, number];
const TYPICAL: Args = [0, 0, 300, 5, 2, 0.6, 900, 24];
const p = (over: Partial<Record<number, number>>): number => {
  const a = [...TYPICAL] as Args;
  for (const [k, v] of Object.entries(over)) a[Number(k)] = v as number;
  return conversionProbability(BASE_CONCEPT, ...a);
};

describe('BASE_WORLD', () => {
  it('has cumulative mixes ending at 1 and no tracker bugs', () => {
    for (const mix of [BASE_WORLD.deviceMix, BASE_WORLD.sourceMix]) {
      expect(mix[mix.length - 1]).toBe(1);
      for (let k = 1; k < mix.length; k++) expect(mix[k]).toBeGreaterThan(mix[k - 1]);
    }
    expect(BASE_WORLD.zeroClickBug).toBe(0);
    expect(BASE_WORLD.missingClickBug).toBe(0);
    expect(BASE_WORLD.loadTimeScale).toBe(1);
  });
});

describe('conversionProbability', () => {
  it('is a probability strictly between 0 and 1', () => {
    for (const over of [{}, { 7: 720 }, { 7: 0 }, { 4: 0 }, { 2: 1 }, { 6: 20_000 }]) {
      const v = p(over);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('falls as the last click gets older', () => {
    let last = 1;
    for (const h of [0, 1, 6, 24, 168, 720]) {
      const v = p({ 7: h });
      expect(v).toBeLessThan(last);
      last = v;
    }
  });

  it('peaks at a moderate click rate', () => {
    const pv = 20;
    const peak = p({ 3: pv, 4: Math.round(BASE_CONCEPT.clickRatePeak * pv) });
    expect(peak).toBeGreaterThan(p({ 3: pv, 4: 0 }));
    expect(peak).toBeGreaterThan(p({ 3: pv, 4: pv }));
  });

  it('punishes slow pages on mobile only', () => {
    expect(p({ 0: 1, 6: 4000 })).toBeLessThan(p({ 0: 1, 6: 1000 }));
    expect(p({ 0: 0, 6: 4000 })).toBe(p({ 0: 0, 6: 1000 }));
    // Below 1 s there is no penalty.
    expect(p({ 0: 1, 6: 500 })).toBe(p({ 0: 1, 6: 1000 }));
  });

  it('favours email over social traffic and deeper scrolling', () => {
    expect(p({ 1: 3 })).toBeGreaterThan(p({ 1: 1 }));
    expect(p({ 5: 0.9 })).toBeGreaterThan(p({ 5: 0.1 }));
  });
});
