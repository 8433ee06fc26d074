/** Measures the deployment report once the model and its check run are ready, and again when the threshold changes. */
import { useEffect } from 'react';
import { useEngine } from '../../app/engine-context';
import { useLabStore } from '../../store/lab-store';

export function useDeploymentReport(): void {
  const engine = useEngine();
  const ready = useLabStore((s) => s.trainStatus === 'done' && s.servingStatus === 'done');
  const threshold = useLabStore((s) => s.config.threshold);
  const report = useLabStore((s) => s.deployment.report);
  const load = useLabStore((s) => s.loadDeployment);
  const stale = report.status === 'idle' || (report.status === 'done' && report.value?.threshold !== threshold);
  useEffect(() => {
    if (ready && stale) void load(engine);
  }, [ready, stale, load, engine]);
}
