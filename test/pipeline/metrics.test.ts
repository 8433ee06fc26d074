import {
  accuracy,
  accuracyOf,
  confusion,
  f1Of,
  fmtAuc,
  logLoss,
  precisionOf,
  recallOf,
  roc,
  thinCurve,
  validationMetrics,
} from '../../src/pipeline/metrics';
import { createRng } from '../../src/pipeline/rng';

// 10 examples: 4 positives, 6 negatives.
const Y = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
const P = [0.9, 0.8, 0.4, 0.6, 0.7, 0.2, 0.1, 0.3, 0.5, 0.05];

describe('confusion and the rates', () => {
  it('counts the four outcomes at threshold 0.5 (≥ predicts 1)', () => {
    // Predicted 1: 0.9, 0.8, 0.6 (positives) and 0.7, 0.5 (negatives).
    expect(confusion(Y, P)).toEqual({ tp: 3, fp: 2, tn: 4, fn: 1 });
  });

  it('derives accuracy, precision, recall and F1 by hand', () => {
    const c = confusion(Y, P);
    expect(accuracyOf(c)).toBeCloseTo(7 / 10, 12);
    expect(precisionOf(c)).toBeCloseTo(3 / 5, 12);
    expect(recallOf(c)).toBeCloseTo(3 / 4, 12);
    expect(f1Of(c)).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75), 12);
    expect(accuracy(Y, P)).toBeCloseTo(0.7, 12);
  });

  it('moves with the threshold', () => {
    expect(confusion(Y, P, 0.75)).toEqual({ tp: 2, fp: 0, tn: 6, fn: 2 });
    expect(confusion(Y, P, 0)).toEqual({ tp: 4, fp: 6, tn: 0, fn: 0 });
    expect(confusion(Y, P, 1)).toEqual({ tp: 0, fp: 0, tn: 6, fn: 4 });
    // Raising the threshold never raises recall.
    let last = 1;
    for (let t = 0; t <= 1; t += 0.05) {
      const r = recallOf(confusion(Y, P, t));
      expect(r).toBeLessThanOrEqual(last);
      last = r;
    }
  });

  it('gives 0 instead of dividing by zero', () => {
    const none = { tp: 0, fp: 0, tn: 0, fn: 0 };
    expect(accuracyOf(none)).toBe(0);
    expect(precisionOf(none)).toBe(0);
    expect(recallOf(none)).toBe(0);
    expect(f1Of(none)).toBe(0);
    // Nothing predicted positive: precision 0, F1 0.
    const noPred = confusion([1, 0, 1], [0.1, 0.2, 0.3]);
    expect(precisionOf(noPred)).toBe(0);
    expect(f1Of(noPred)).toBe(0);
    // No positives at all: recall 0.
    expect(recallOf(confusion([0, 0], [0.9, 0.1]))).toBe(0);
    expect(accuracy([], [])).toBe(0);
  });
});

describe('logLoss', () => {
  it('is the mean binary cross-entropy in nats', () => {
    const expected = -(Math.log(0.8) + Math.log(1 - 0.3) + Math.log(0.5)) / 3;
    expect(logLoss([1, 0, 1], [0.8, 0.3, 0.5])).toBeCloseTo(expected, 12);
    expect(logLoss([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 12);
  });

  it('clips probabilities so certain mistakes stay finite', () => {
    const l = logLoss([1, 0], [0, 1]);
    expect(Number.isFinite(l)).toBe(true);
    expect(l).toBeCloseTo(-Math.log(1e-7), 6);
    expect(logLoss([1, 0], [1, 0])).toBeLessThan(1e-6);
  });

  it('is NaN for no examples', () => {
    expect(logLoss([], [])).toBeNaN();
  });
});

describe('roc', () => {
  it('has AUC 1 for a perfect ranking', () => {
    const r = roc([0, 0, 1, 1, 1], [0.1, 0.2, 0.7, 0.8, 0.95]);
    expect(r.auc).toBeCloseTo(1, 12);
    expect(r.points[0]).toEqual({ fpr: 0, tpr: 0, threshold: Infinity });
    expect(r.points[r.points.length - 1]).toMatchObject({ fpr: 1, tpr: 1 });
  });

  it('has AUC 0 for a perfectly wrong ranking', () => {
    expect(roc([1, 1, 0, 0], [0.1, 0.2, 0.7, 0.8]).auc).toBeCloseTo(0, 12);
  });

  it('has AUC 0.5 for constant scores (one diagonal step)', () => {
    const r = roc([1, 0, 1, 0, 0], [0.3, 0.3, 0.3, 0.3, 0.3]);
    expect(r.auc).toBeCloseTo(0.5, 12);
    expect(r.points).toEqual([
      { fpr: 0, tpr: 0, threshold: Infinity },
      { fpr: 1, tpr: 1, threshold: 0.3 },
    ]);
  });

  it('handles ties by hand: AUC = P(pos > neg) + ½ P(tie)', () => {
    // Pairs (pos, neg): (0.8, 0.8) tie → ½, (0.8, 0.2) → 1, (0.6, 0.8) → 0, (0.6, 0.2) → 1: 2.5 / 4.
    const r = roc([1, 0, 1, 0], [0.8, 0.8, 0.6, 0.2]);
    expect(r.auc).toBeCloseTo(0.625, 12);
    expect(r.points.map((p) => [p.fpr, p.tpr, p.threshold])).toEqual([
      [0, 0, Infinity],
      [0.5, 0.5, 0.8],
      [0.5, 1, 0.6],
      [1, 1, 0.2],
    ]);
  });

  it('matches the pairwise (Mann–Whitney) AUC on random scores and is monotone', () => {
    const rng = createRng(4);
    const y = Array.from({ length: 300 }, () => (rng.next() < 0.35 ? 1 : 0));
    const p = y.map((v) => Math.round((0.3 * v + rng.next()) * 20) / 20); // coarse → many ties
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < y.length; i++) {
      if (!y[i]) continue;
      for (let j = 0; j < y.length; j++) {
        if (y[j]) continue;
        pairs++;
        wins += p[i] > p[j] ? 1 : p[i] === p[j] ? 0.5 : 0;
      }
    }
    const r = roc(y, p);
    expect(r.auc).toBeCloseTo(wins / pairs, 10);
    for (let k = 1; k < r.points.length; k++) {
      expect(r.points[k].fpr).toBeGreaterThanOrEqual(r.points[k - 1].fpr);
      expect(r.points[k].tpr).toBeGreaterThanOrEqual(r.points[k - 1].tpr);
      expect(r.points[k].threshold).toBeLessThan(r.points[k - 1].threshold);
    }
  });

  // NaN scores come from a diverged model; a NaN never equals itself, so the tie grouping must
  // rank it as a number (below every real score) or the loop would never end.
  it('terminates for NaN scores, ranking them below every real score', () => {
    const r = roc([1, 0, 1], [0.2, NaN, 0.7]);
    expect(r.auc).toBe(1);
    expect(r.points[r.points.length - 1]).toMatchObject({ fpr: 1, tpr: 1 });
  });

  it('leaves AUC undefined (null, shown as n/a with the reason) without positives or without negatives', () => {
    expect(roc([0, 0, 0], [0.1, 0.5, 0.9]).auc).toBeNull();
    expect(roc([1, 1], [0.1, 0.9]).auc).toBeNull();
    expect(roc([], []).auc).toBeNull();
    expect(validationMetrics([1, 1], [0.1, 0.9]).auc).toBeNull();
    expect(JSON.parse(JSON.stringify(validationMetrics([0, 0], [0.2, 0.3])))).toMatchObject({ auc: null });
    expect(fmtAuc(null)).toBe('n/a (needs both classes, and these rows hold only one)');
    expect(fmtAuc(0.8766)).toBe('0.877');
    expect(roc([0, 1], [0.9, 0.1]).auc).toBe(0); // 0 stays for a model that really ranks every pair wrong
  });
});

describe('validationMetrics', () => {
  it('bundles every metric at one threshold', () => {
    const m = validationMetrics(Y, P);
    expect(m.confusion).toEqual({ tp: 3, fp: 2, tn: 4, fn: 1 });
    expect(m.accuracy).toBeCloseTo(0.7, 12);
    expect(m.precision).toBeCloseTo(0.6, 12);
    expect(m.recall).toBeCloseTo(0.75, 12);
    expect(m.loss).toBeCloseTo(logLoss(Y, P), 12);
    expect(m.auc).toBeCloseTo(roc(Y, P).auc!, 12);
    // Pairs: positives 0.9, 0.8, 0.4, 0.6 vs negatives 0.7, 0.2, 0.1, 0.3, 0.5, 0.05 → 21 of 24 won.
    expect(m.auc).toBeCloseTo(21 / 24, 12);
    expect(validationMetrics(Y, P, 0.75).confusion).toEqual({ tp: 2, fp: 0, tn: 6, fn: 2 });
  });
});

describe('thinCurve', () => {
  it('keeps short curves whole (as a copy)', () => {
    const pts = [1, 2, 3];
    const out = thinCurve(pts, 5);
    expect(out).toEqual(pts);
    expect(out).not.toBe(pts);
  });

  it('thins to exactly max points, keeping both ends and order', () => {
    const pts = Array.from({ length: 1001 }, (_, i) => i);
    const out = thinCurve(pts, 200);
    expect(out).toHaveLength(200);
    expect(out[0]).toBe(0);
    expect(out[199]).toBe(1000);
    for (let k = 1; k < out.length; k++) expect(out[k]).toBeGreaterThan(out[k - 1]);
  });
});
