/** Derived views of the store's plain data (memoised by the components that use them). */
import { stageRows } from '../pipeline/stage-rows';
import { metricsAt } from '../pipeline/score-summary';
import type { StageRow } from '../pipeline/summary';
import type { LabState } from './lab-store';
import type { Serving } from './serving';

/** The card's stage table for what has been computed so far; null before any data. */
export function selectStageRows(
  s: Pick<LabState, 'snapshot' | 'config' | 'epochs' | 'validationScores'>,
  serving: Serving | null,
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
    keptFaulty: snap.cleaning.keptFaulty,
    cleaningSkipped: snap.cleaning.skipped,
    useEngineered: snap.featureNames.includes('click_rate'),
    latencyBudgetMs: s.config.latencyBudgetMs,
    epochs: s.epochs.length ? s.epochs : null,
    validation: v,
    deployment: serving?.deployment ?? null,
    monitoring: serving?.monitoring ?? null,
  });
}
