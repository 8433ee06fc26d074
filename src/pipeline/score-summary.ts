/**
 * One score set (labels and probabilities) summarised once, where the scores
 * are made (the worker), so that every threshold's metrics on the page cost
 * two binary searches instead of a pass — or a sort — over every row. At
 * 1,000,000 rows the ROC sort alone took ~200 ms per slider step on the main thread.
 */
import {
  accuracyOf,
  f1Of,
  logLoss,
  precisionOf,
  recallOf,
  thinCurve,
  type Confusion,
  type RocPoint,
  type ValidationMetrics,
} from './metrics';

/** Points kept of the ROC curve (what a chart can show; both ends kept). */
export const CURVE_POINTS = 200;

export interface ScoreSummary {
  /** Scores of the rows labelled 1, ascending; NaN stored as −Infinity (never predicted 1). */
  readonly positives: Float32Array;
  /** Scores of the rows labelled 0, ascending, NaN as −Infinity. */
  readonly negatives: Float32Array;
  /** Mean binary cross-entropy, nats (threshold-free). */
  readonly loss: number;
  /** Area under the whole ROC curve (every distinct score), by the trapezoid rule; null with one class (as metrics.roc). */
  readonly auc: number | null;
  /** The ROC curve from (0, 0) to (1, 1), thinned to at most CURVE_POINTS points. */
  readonly curve: readonly RocPoint[];
}

/** Sorted scores of the rows whose label is (≥ 0.5) === `positive`. */
function scoresOf(y: ArrayLike<number>, p: ArrayLike<number>, positive: boolean): Float32Array {
  let n = 0;
  for (let i = 0; i < y.length; i++) if (y[i] >= 0.5 === positive) n++;
  const out = new Float32Array(n);
  let k = 0;
  for (let i = 0; i < y.length; i++) if (y[i] >= 0.5 === positive) out[k++] = Number.isNaN(p[i]) ? -Infinity : p[i];
  return out.sort();
}

/** Rows of ascending `xs` with a value ≥ t (binary search). */
function countAtLeast(xs: Float32Array, t: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return xs.length - lo;
}

/**
 * The ROC curve by merging the two sorted score lists from the top: one point
 * per distinct score, ties across labels moving diagonally — the same points,
 * in the same order, as metrics.roc.
 */
function curveOf(pos: Float32Array, neg: Float32Array): { points: RocPoint[]; auc: number | null } {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Infinity }];
  let i = pos.length - 1;
  let j = neg.length - 1;
  let auc = 0;
  while (i >= 0 || j >= 0) {
    const s = Math.max(i >= 0 ? pos[i] : -Infinity, j >= 0 ? neg[j] : -Infinity);
    while (i >= 0 && pos[i] === s) i--;
    while (j >= 0 && neg[j] === s) j--;
    const prev = points[points.length - 1];
    const pt = { fpr: ratio(neg.length - 1 - j, neg.length), tpr: ratio(pos.length - 1 - i, pos.length), threshold: s };
    auc += ((pt.fpr - prev.fpr) * (pt.tpr + prev.tpr)) / 2;
    points.push(pt);
  }
  return { points, auc: pos.length === 0 || neg.length === 0 ? null : auc };
}

/** Summarises labels `y` (0/1) and probabilities `p` once: O(n log n), typed-array sorts. */
export function summarizeScores(y: ArrayLike<number>, p: ArrayLike<number>): ScoreSummary {
  const positives = scoresOf(y, p, true);
  const negatives = scoresOf(y, p, false);
  const { points, auc } = curveOf(positives, negatives);
  return { positives, negatives, loss: logLoss(y, p), auc, curve: thinCurve(points, CURVE_POINTS) };
}

/** The confusion counts at `threshold` (predict 1 when probability ≥ threshold), O(log n). */
export function confusionAt(s: ScoreSummary, threshold: number): Confusion {
  const tp = countAtLeast(s.positives, threshold);
  const fp = countAtLeast(s.negatives, threshold);
  return { tp, fp, fn: s.positives.length - tp, tn: s.negatives.length - fp };
}

/** Every metric the Validation stage shows at `threshold`; equals metrics.validationMetrics on the same scores. */
export function metricsFrom(s: ScoreSummary, threshold: number): ValidationMetrics {
  const c = confusionAt(s, threshold);
  return {
    accuracy: accuracyOf(c),
    loss: s.loss,
    auc: s.auc,
    precision: precisionOf(c),
    recall: recallOf(c),
    f1: f1Of(c),
    confusion: c,
  };
}

/**
 * Metrics at `threshold` from a summary of the scores: two binary searches, so a
 * threshold-slider step or a card line redraw never passes over (or sorts) every
 * row on the main thread. Memoised per scores object and threshold (keyed by the
 * object's identity, invisible to callers), so the same question gives the same
 * object (memo-friendly).
 */
type Summarised = { readonly summary: ScoreSummary };
const metricsCache = new WeakMap<Summarised, Map<number, ValidationMetrics>>();
const THRESHOLDS_KEPT = 16;

export function metricsAt(scores: Summarised | null, threshold: number): ValidationMetrics | null {
  if (!scores) return null;
  let byThreshold = metricsCache.get(scores);
  if (!byThreshold) metricsCache.set(scores, (byThreshold = new Map()));
  let m = byThreshold.get(threshold);
  if (!m) {
    if (byThreshold.size >= THRESHOLDS_KEPT) byThreshold.clear();
    m = metricsFrom(scores.summary, threshold);
    byThreshold.set(threshold, m);
  }
  return m;
}
