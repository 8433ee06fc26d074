/**
 * Stage 7's control on a focused step, under its dot view (the main picture):
 * Start/Pause, and the rolling-accuracy chart of the same batches one click
 * away (once a model serves).
 */
import { useShallow } from 'zustand/react/shallow';
import { WINDOW_TICKS } from '../../pipeline/monitoring';
import { useLabStore } from '../../store/lab-store';
import { ServingStatus } from '../shared/serving-status';
import { AccuracyChart } from './accuracy-chart';
import { StreamButton } from './stream-button';
import './monitoring.css';

export function LiveAccuracy() {
  const ready = useLabStore((s) => s.trainStatus === 'done' && s.servingStatus === 'done');
  const m = useLabStore(useShallow((s) => ({ points: s.monitor.points, log: s.monitor.log, info: s.monitor.info })));
  const threshold = useLabStore((s) => s.config.alertThreshold);
  if (!ready) return <ServingStatus />;
  return (
    <>
      <StreamButton />
      <details className="live-chart">
        <summary>Rolling accuracy chart</summary>
        <AccuracyChart points={m.points} threshold={threshold} log={m.log} windowTicks={m.info?.windowTicks ?? WINDOW_TICKS} />
      </details>
    </>
  );
}
