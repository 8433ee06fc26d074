/**
 * Stage 7's picture data: the monitor slice's points, log, latest drift and
 * totals exactly as the tiles, the chart and the alert log read them. Null on
 * other steps (so a running stream does not re-render their pictures) and
 * until a model serves.
 */
import { useShallow } from 'zustand/react/shallow';
import type { LiveView } from '../../pipeline/dot-layout/live-batches';
import { LIVE_BATCH_ROWS } from '../../pipeline/stream';
import type { StepId } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';

export function useLiveView(step: StepId): LiveView | null {
  const on = step === 'monitoring';
  const s = useLabStore(
    useShallow((st) =>
      on
        ? {
            ready: st.trainStatus === 'done' && st.servingStatus === 'done',
            points: st.monitor.points,
            log: st.monitor.log,
            drift: st.monitor.drift,
            rows: st.monitor.rows,
            faulty: st.monitor.faulty,
            batchRows: st.monitor.info?.batchRows ?? LIVE_BATCH_ROWS,
            threshold: st.config.alertThreshold,
          }
        : null,
    ),
  );
  // useShallow keeps the same object while every field is equal, so the layout is rebuilt only when one changes.
  return s?.ready ? s : null;
}
