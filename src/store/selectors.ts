/** Derived views of the store's plain data (memoised by the components that use them). */
import { stageRows } from '../pipeline/stage-rows';
import { validationMetrics, type ValidationMetrics } from '../pipeline/metrics';
import type { StageRow } from '../pipeline/summary';
import type { LabState } from './lab-store';

/** The card's stage table for what has been computed so far; null before any data. */
export function selectStageRows(
  s: Pick<LabState, 'snapshot' | 'config' | 'epochs' | 'validationScores' | 'serving'>,
): StageRow[] | null {
  const snap = s.snapshot;
  if (!snap) return null;
  const v = metricsAt(s.validationScores, s.config.threshold);
  return stageRows({
    rawShape: snap.rawShape,
    cleanShape: snap.cleanShape,
    featureShape: snap.featureShape,
    trainRows: snap.trainRows,
    validationRows: snap.validationRows,
    users: snap.users,
    firstMs: snap.firstMs,
    lastMs: snap.lastMs,
    cleaningCounts: snap.cleaning.counts,
    useEngineered: snap.featureNames.includes('click_rate'),
    latencyBudgetMs: s.config.latencyBudgetMs,
    epochs: s.epochs.length ? s.epochs : null,
    validation: v,
    deployment: s.serving?.deployment ?? null,
    monitoring: s.serving?.monitoring ?? null,
  });
}

type Scores = { readonly y: Float32Array; readonly p: Float32Array };

/**
 * Metrics per scores object and threshold. The card lines are recomputed on every live
 * monitoring batch; the ROC sort behind the AUC need only run when the scores or the
 * threshold change. A slider sweep keeps the last few thresholds.
 */
const metricsCache = new WeakMap<Scores, Map<number, ValidationMetrics>>();
const THRESHOLDS_KEPT = 16;

export function metricsAt(scores: Scores | null, threshold: number): ValidationMetrics | null {
  if (!scores) return null;
  let byThreshold = metricsCache.get(scores);
  if (!byThreshold) metricsCache.set(scores, (byThreshold = new Map()));
  let m = byThreshold.get(threshold);
  if (!m) {
    if (byThreshold.size >= THRESHOLDS_KEPT) byThreshold.clear();
    m = validationMetrics(scores.y, scores.p, threshold);
    byThreshold.set(threshold, m);
  }
  return m;
}
