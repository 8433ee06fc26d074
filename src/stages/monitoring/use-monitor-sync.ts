/** Keeps the live session in step with the settings: a new scenario restarts it, a new threshold is sent to it; leaving pauses it. */
import { useEffect, useRef } from 'react';
import { useEngine } from '../../app/engine-context';
import { useLabStore } from '../../store/lab-store';

export function useMonitorSync(): void {
  const engine = useEngine();
  const scenario = useLabStore((s) => s.config.scenario);
  const threshold = useLabStore((s) => s.config.alertThreshold);
  const session = useLabStore((s) => s.monitor.info);
  const reset = useLabStore((s) => s.resetMonitor);
  const setThreshold = useLabStore((s) => s.setMonitorThreshold);
  const pause = useLabStore((s) => s.pauseMonitor);

  // A new scenario closes the open stream; with none open, it still resets what the stage card describes.
  const shown = useRef(scenario);
  useEffect(() => {
    const changed = session ? session.scenario !== scenario : shown.current !== scenario;
    shown.current = scenario;
    if (changed) reset(engine);
  }, [session, scenario, reset, engine]);

  useEffect(() => {
    if (session && session.alertThreshold !== threshold) void setThreshold(engine, threshold);
  }, [session, threshold, setThreshold, engine]);

  // Data keeps flowing only while the learner can see it.
  useEffect(() => pause, [pause]);
}
