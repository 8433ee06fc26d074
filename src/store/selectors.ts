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
  const v = s.validationScores ? validationMetrics(s.validationScores.y, s.validationScores.p, s.config.threshold) : null;
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

export function metricsAt(scores: { y: Float32Array; p: Float32Array } | null, threshold: number): ValidationMetrics | null {
  return scores ? validationMetrics(scores.y, scores.p, threshold) : null;
}
