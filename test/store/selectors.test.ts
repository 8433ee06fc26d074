import { validationMetrics } from '../../src/pipeline/metrics';
import { summarizeScores } from '../../src/pipeline/score-summary';
import { metricsAt } from '../../src/store/selectors';

const scores = () => {
  const y = new Float32Array([1, 0, 1, 0, 1]);
  const p = new Float32Array([0.9, 0.2, 0.4, 0.6, 0.8]);
  return { y, p, summary: summarizeScores(y, p) };
};

describe('metricsAt', () => {
  it('equals validationMetrics for the scores and threshold', () => {
    const s = scores();
    expect(metricsAt(s, 0.5)).toEqual(validationMetrics(s.y, s.p, 0.5));
    expect(metricsAt(null, 0.5)).toBeNull();
  });

  it('computes once per scores object and threshold (the card lines ask on every live batch)', () => {
    const s = scores();
    const first = metricsAt(s, 0.5);
    expect(metricsAt(s, 0.5)).toBe(first);
    expect(metricsAt(s, 0.3)).not.toBe(first);
    expect(metricsAt(s, 0.3)?.recall).toBe(1);
    // New scores (a new run) are new metrics, even with equal numbers.
    expect(metricsAt(scores(), 0.5)).not.toBe(first);
  });

  it('stays right after a long slider sweep', () => {
    const s = scores();
    for (let t = 0; t <= 1; t += 0.01) metricsAt(s, t);
    expect(metricsAt(s, 0.5)).toEqual(validationMetrics(s.y, s.p, 0.5));
  });
});
