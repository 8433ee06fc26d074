import fc from 'fast-check';
import { roc, thinCurve, validationMetrics } from '../../src/pipeline/metrics';
import { CURVE_POINTS, confusionAt, metricsFrom, summarizeScores } from '../../src/pipeline/score-summary';

/** Labels and float32 probabilities with ties and the odd NaN, as a diverged model gives. */
const scored = fc
  .array(
    fc.record({
      y: fc.constantFrom(0, 1),
      p: fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1, NaN), fc.float({ min: 0, max: 1, noNaN: true })),
    }),
    { maxLength: 400 },
  )
  .map((rows) => ({ y: Float32Array.from(rows, (r) => r.y), p: Float32Array.from(rows, (r) => r.p) }));

describe('summarizeScores: the ROC once, every threshold by binary search', () => {
  it('gives exactly validationMetrics at any threshold', () => {
    fc.assert(
      fc.property(scored, fc.double({ min: 0, max: 1, noNaN: true }), ({ y, p }, t) => {
        const s = summarizeScores(y, p);
        const want = validationMetrics(y, p, t);
        const got = metricsFrom(s, t);
        expect(got.confusion).toEqual(want.confusion);
        expect({ ...got, loss: 0, auc: 0 }).toEqual({ ...want, loss: 0, auc: 0 });
        if (want.auc === null) expect(got.auc).toBeNull();
        else expect(got.auc).toBeCloseTo(want.auc, 12);
        expect(Object.is(got.loss, want.loss) || Math.abs(got.loss - want.loss) < 1e-12).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the ROC curve of metrics.roc, thinned to at most CURVE_POINTS points', () => {
    fc.assert(
      fc.property(scored, ({ y, p }) => {
        const want = roc(y, p);
        const s = summarizeScores(y, p);
        expect(s.curve).toEqual(thinCurve(want.points, CURVE_POINTS));
        expect(s.curve.length).toBeLessThanOrEqual(CURVE_POINTS);
      }),
      { numRuns: 200 },
    );
  });

  it('counts a score equal to the threshold as predicted 1', () => {
    const s = summarizeScores([1, 0, 1, 0], [0.5, 0.5, 0.2, 0.9]);
    expect(confusionAt(s, 0.5)).toEqual({ tp: 1, fp: 2, fn: 1, tn: 0 });
    expect(confusionAt(s, 0.51)).toEqual({ tp: 0, fp: 1, fn: 2, tn: 1 });
  });

  it('summarises 200,000 rows into two sorted arrays and a short curve', () => {
    const n = 200_000;
    const y = Float32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const p = Float32Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n);
    const s = summarizeScores(y, p);
    expect(s.positives.length + s.negatives.length).toBe(n);
    expect(s.curve.length).toBe(CURVE_POINTS);
    expect(s.positives.every((v, i, a) => i === 0 || a[i - 1] <= v)).toBe(true);
  });
});
