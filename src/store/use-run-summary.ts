/**
 * The run as the printed pages show it (the handout, review's one-page summary): the card's seven
 * stage rows with this run's numbers, the validation metrics at the current threshold, and the
 * serving report (null until stage 6 and 7 have run) — the same values the lab's own views read.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { metricsAt } from '../pipeline/score-summary';
import { useLabStore } from './lab-store';
import { selectStageRows } from './selectors';
import { useServing } from './serving';

export function useRunSummary() {
  const run = useLabStore(
    useShallow((s) => ({ snapshot: s.snapshot, config: s.config, epochs: s.epochs, validationScores: s.validationScores })),
  );
  const serving = useServing();
  const rows = useMemo(() => selectStageRows(run, serving), [run, serving]);
  const metrics = metricsAt(run.validationScores, run.config.threshold);
  return { run, serving, rows, metrics };
}
