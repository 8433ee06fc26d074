/** The live stream's one control on a focused step: Start or Pause, and the status line (the full panel is under "More about this"). */
import { useShallow } from 'zustand/react/shallow';
import { describeLive } from '../../pipeline/monitor-log';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { MONITOR_TEXT } from './content';

export function StreamButton() {
  const shown = useView().shows('monitor-controls');
  const m = useLabStore(
    useShallow((s) => ({
      status: s.monitor.status,
      points: s.monitor.points,
      serving: s.monitor.serving,
      error: s.monitor.error,
    })),
  );
  const threshold = useLabStore((s) => s.config.alertThreshold);
  const start = useLabStore((s) => s.startMonitor);
  const pause = useLabStore((s) => s.pauseMonitor);
  if (!shown) return null;
  const running = m.status === 'running';
  const starting = m.status === 'starting';
  return (
    <div className="monitor-actions stream-button">
      <button type="button" disabled={starting} onClick={() => (running ? pause() : void start())}>
        {running ? MONITOR_TEXT.pause : MONITOR_TEXT.start}
      </button>
      <p role="status" aria-live="polite" className="monitor-status">
        {starting ? 'Opening the live stream…' : describeLive(m.points, threshold, m.serving)}
      </p>
      {m.error && <p role="alert">The live stream stopped: {m.error}</p>}
    </div>
  );
}
