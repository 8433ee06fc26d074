/** The card line of one stage, computed from whatever the run has produced so far. */
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STAGE_IDS, type StageId } from '../pipeline/summary';
import { useLabStore } from '../store/lab-store';
import { selectStageRows } from '../store/selectors';
import { useServing } from '../store/serving';
import { CardLine } from './card-line';

export function useStageRows() {
  const parts = useLabStore(
    useShallow((s) => ({
      snapshot: s.snapshot,
      config: s.config,
      epochs: s.epochs,
      validationScores: s.validationScores,
    })),
  );
  const serving = useServing();
  // Deferred: the card lines and the flow strip follow a run at low priority, in interruptible
  // renders, instead of inside the store update that a worker message triggers.
  const deferred = useDeferredValue(parts);
  const deferredServing = useDeferredValue(serving);
  return useMemo(() => selectStageRows(deferred, deferredServing), [deferred, deferredServing]);
}

export function StageCard({ id }: { id: StageId }) {
  const rows = useStageRows();
  const index = STAGE_IDS.indexOf(id);
  if (!rows) return <p className="muted">Preparing the data…</p>;
  return <CardLine row={rows[index]} index={index} />;
}
