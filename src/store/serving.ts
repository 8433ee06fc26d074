/**
 * What stages 6 and 7 say on the lesson card, derived (never stored): the
 * deployment report's summary, and for monitoring the live stream while one
 * is open, else the check run made after training if it is on the chosen
 * scenario, else an empty run of that scenario.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { liveSummary } from '../pipeline/monitor-log';
import type { RunSummary } from '../pipeline/summary';
import { useLabStore, type LabState } from './lab-store';

export type Serving = Pick<RunSummary, 'deployment' | 'monitoring'>;

/** Everything the serving summary depends on (a flat pick, so views can compare it shallowly). */
export function servingInputs(s: LabState) {
  return {
    report: s.deployment.report.value,
    checkRun: s.monitor.checkRun,
    info: s.monitor.info,
    points: s.monitor.points,
    log: s.monitor.log,
    scenario: s.config.scenario,
    alertThreshold: s.config.alertThreshold,
    servingStatus: s.servingStatus,
  };
}

export function servingOf(i: ReturnType<typeof servingInputs>): Serving | null {
  if (!i.report || !i.checkRun || i.servingStatus !== 'done') return null;
  const monitoring = i.info
    ? liveSummary(i.info.scenario, i.alertThreshold, i.points, i.log)
    : i.checkRun.scenario === i.scenario
      ? i.checkRun
      : liveSummary(i.scenario, i.alertThreshold, [], []);
  return { deployment: i.report.summary, monitoring };
}

/** The serving summary of a store's state (tests and non-React callers). */
export const selectServing = (s: LabState): Serving | null => servingOf(servingInputs(s));

/** servingOf for a view, recomputed only when one of its inputs changes. */
export function useServing(): Serving | null {
  const inputs = useLabStore(useShallow(servingInputs));
  return useMemo(() => servingOf(inputs), [inputs]);
}
