/** Derived views of the store's plain data (memoised by the components that use them). */
import { stageRows } from '../pipeline/stage-rows';
import type { ValidationMetrics } from '../pipeline/metrics';
import { metricsFrom } from '../pipeline/score-summary';
import type { StageRow } from '../pipeline/summary';
import type { LabState } from './lab-store';
import type { Scored } from './training-slice';

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

/**
 * Metrics at `threshold` from the worker's summary of the scores: two binary
 * searches, so a threshold-slider step or a card line redraw never passes over
 * (or sorts) every row on the main thread. Cached per scores object and
 * threshold, so the same question gives the same object (memo-friendly).
 */
type Summarised = Pick<Scored, 'summary'>;
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
