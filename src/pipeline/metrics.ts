/**
 * Classification metrics as pure functions of labels (0/1) and predicted
 * probabilities. All rates are fractions in [0, 1].
 */
export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

type Labels = ArrayLike<number>;
type Scores = ArrayLike<number>;

/** Counts of the four outcomes when predicting 1 for probability ≥ threshold. */
export function confusion(y: Labels, p: Scores, threshold = 0.5): Confusion {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < y.length; i++) {
    const pred = p[i] >= threshold;
    if (y[i] >= 0.5) {
      if (pred) tp++;
      else fn++;
    } else if (pred) fp++;
    else tn++;
  }
  return { tp, fp, tn, fn };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export const accuracyOf = (c: Confusion): number => ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);
/** Of the sessions predicted to convert, the share that did (0 when none predicted). */
export const precisionOf = (c: Confusion): number => ratio(c.tp, c.tp + c.fp);
/** Of the sessions that converted, the share predicted (0 when none converted). */
export const recallOf = (c: Confusion): number => ratio(c.tp, c.tp + c.fn);
export function f1Of(c: Confusion): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function accuracy(y: Labels, p: Scores, threshold = 0.5): number {
  return accuracyOf(confusion(y, p, threshold));
}

/** Mean binary cross-entropy in nats; probabilities are clipped to [1e-7, 1 − 1e-7]. */
export function logLoss(y: Labels, p: Scores): number {
  if (y.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]));
    s -= y[i] >= 0.5 ? Math.log(q) : Math.log(1 - q);
  }
  return s / y.length;
}

export interface RocPoint {
  readonly fpr: number;
  readonly tpr: number;
  /** Predict 1 when probability ≥ this. */
  readonly threshold: number;
}

/** Why AUC is n/a: it ranks positives against negatives, so it needs at least one of each. */
export const AUC_UNDEFINED_REASON = 'needs both classes, and these rows hold only one';

/**
 * The ROC curve from (0,0) to (1,1), one point per distinct score (ties move
 * diagonally), and the area under it by the trapezoid rule. AUC is null when
 * the labels hold only one class (or none): there is no pair to rank, so it is
 * undefined — not 0, which would mean "every pair ranked wrong".
 */
export function roc(y: Labels, p: Scores): { points: RocPoint[]; auc: number | null } {
  const n = y.length;
  // A diverged model can output NaN: rank it below every real score (never predicted positive).
  const score = (i: number): number => (Number.isNaN(p[i]) ? -Infinity : p[i]);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score(b) - score(a) || a - b);
  let pos = 0;
  for (let i = 0; i < n; i++) if (y[i] >= 0.5) pos++;
  const neg = n - pos;
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Infinity }];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  for (let k = 0; k < n;) {
    const s = score(order[k]);
    while (k < n && score(order[k]) === s) {
      if (y[order[k]] >= 0.5) tp++;
      else fp++;
      k++;
    }
    const prev = points[points.length - 1];
    const pt = { fpr: ratio(fp, neg), tpr: ratio(tp, pos), threshold: s };
    auc += ((pt.fpr - prev.fpr) * (pt.tpr + prev.tpr)) / 2;
    points.push(pt);
  }
  return { points, auc: pos === 0 || neg === 0 ? null : auc };
}

/** AUC for display: three decimals, or "n/a" with the reason. */
export const fmtAuc = (auc: number | null): string => (auc === null ? `n/a (${AUC_UNDEFINED_REASON})` : auc.toFixed(3));

/** Every metric the Validation stage shows, at one threshold. */
export interface ValidationMetrics {
  readonly accuracy: number;
  readonly loss: number;
  /** Null when only one class is present (undefined; JSON null). */
  readonly auc: number | null;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly confusion: Confusion;
}

export function validationMetrics(y: Labels, p: Scores, threshold = 0.5): ValidationMetrics {
  const c = confusion(y, p, threshold);
  return {
    accuracy: accuracyOf(c),
    loss: logLoss(y, p),
    auc: roc(y, p).auc,
    precision: precisionOf(c),
    recall: recallOf(c),
    f1: f1Of(c),
    confusion: c,
  };
}

/** Thins a ROC curve to at most `max` points for drawing (keeps both ends). */
export function thinCurve<T>(points: readonly T[], max = 200): T[] {
  if (points.length <= max) return [...points];
  if (max < 2) return points.slice(0, Math.max(0, max));
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]);
}
