import { timeLeftText } from '../../../src/stages/training/status-text';

describe('timeLeftText', () => {
  it('extrapolates the time per step over the steps left', () => {
    expect(timeLeftText(0.25, 4000)).toBe('about 12 s left');
    expect(timeLeftText(0.5, 1500)).toBe('about 2 s left');
    expect(timeLeftText(0.1, 60_000)).toBe('about 9 min left');
    expect(timeLeftText(0.9, 5000)).toBe('less than a second left');
  });

  it('says nothing while an estimate would be a guess, or once training is done', () => {
    expect(timeLeftText(0.5, 400)).toBeNull(); // a short run: no estimate flickers past
    expect(timeLeftText(0.01, 5000)).toBeNull(); // too little done to extrapolate
    expect(timeLeftText(1, 5000)).toBeNull();
    expect(timeLeftText(Number.NaN, 5000)).toBeNull();
    expect(timeLeftText(0.5, Number.NaN)).toBeNull();
  });
});
