/**
 * The one place where a result triggers the next: a trained model → its
 * deployment report (measured once per model) → the monitoring check run; a
 * changed setting or step → what it makes stale. Store actions call these; no
 * effect hook in the views does.
 */
import { STEPS } from '../content/steps';
import type { PipelineConfig } from '../pipeline/config';
import { CHECK_RUN_TICKS } from '../pipeline/monitoring';
import { INITIAL_DEPLOYMENT } from './deployment-slice';
import type { LabController } from './lab-controller';
import type { LabState } from './lab-store';
import { MODES } from './mode-registry';
import { INITIAL_MONITOR } from './monitor-state';

type Set = (partial: Partial<LabState> | ((s: LabState) => Partial<LabState>)) => void;
type Get = () => LabState;

/** Stages 6 and 7 describe one model: a new model (or none) makes all of it stale. */
export function forgetModelResults(ctl: LabController, set: Set): void {
  ctl.begin('deployment');
  ctl.begin('monitor');
  ctl.stopTimer();
  set({ deployment: INITIAL_DEPLOYMENT, monitor: INITIAL_MONITOR, servingStatus: 'idle' });
}

/** After training run `trainToken`: the deployment report, then the check run on the live stream. */
export async function runServingChain(ctl: LabController, set: Set, get: Get, trainToken: number): Promise<void> {
  const config = get().config;
  set({ servingStatus: 'running' });
  await get().loadDeployment();
  if (!ctl.isCurrent('train', trainToken)) return;
  if (get().deployment.report.status !== 'done') {
    set({ servingStatus: 'error' });
    return;
  }
  try {
    const checkRun = await ctl.engine.monitorCheck(config, CHECK_RUN_TICKS);
    if (!ctl.isCurrent('train', trainToken)) return;
    set((s) => ({ monitor: { ...s.monitor, checkRun }, servingStatus: 'done' }));
  } catch {
    if (ctl.isCurrent('train', trainToken)) set({ servingStatus: 'error' });
    return;
  }
  await refreshDeploymentStep(get);
}

const onStep = (s: LabState, id: string): boolean => STEPS[s.step]?.id === id;

/**
 * On the deployment step with a measured model: re-measures the report if the
 * decision threshold moved since, and checks reproducibility once per model.
 */
export async function refreshDeploymentStep(get: Get): Promise<void> {
  const s = get();
  if (!onStep(s, 'deployment') || s.servingStatus !== 'done') return;
  const report = s.deployment.report;
  if (report.status === 'done' && report.value?.threshold !== s.config.threshold) {
    await s.loadDeployment();
    // The threshold moved again while measuring: measure for the newest one.
    const now = get();
    if (now.deployment.report.status === 'done' && now.deployment.report.value?.threshold !== now.config.threshold) {
      return refreshDeploymentStep(get);
    }
  }
  await get().checkReproducibility();
}

/**
 * Stage 6's dot view: measures the uint8 snap for the current model and threshold
 * when the deployment step shows and the last measurement is missing or for
 * another threshold. Not again after a failure (the view says so instead of
 * retrying in a loop), and not while one is in flight (it re-checks when done).
 */
export function refreshQuantView(get: Get): void {
  const s = get();
  if (!onStep(s, 'deployment') || s.trainStatus !== 'done') return;
  const stale = s.quantView === null || s.quantView.threshold !== s.config.threshold;
  if (stale && (s.quantViewStatus === 'idle' || s.quantViewStatus === 'done')) void s.loadQuantView();
}

/** What a settings change makes stale: the live stream's scenario or alert threshold, the report's threshold. */
export function afterConfigChange(get: Get, prev: PipelineConfig): void {
  const s = get();
  const next = s.config;
  // A new scenario closes the open stream (the card falls back to the check run or to nothing).
  if (next.scenario !== prev.scenario) s.resetMonitor();
  else if (next.alertThreshold !== prev.alertThreshold && s.monitor.info) void s.setMonitorThreshold(next.alertThreshold);
  if (next.threshold !== prev.threshold) {
    void refreshDeploymentStep(get);
    refreshQuantView(get);
  }
}

/** Leaving the monitoring step pauses the live stream (data flows only while the learner can see it). */
export function afterStepChange(get: Get, prevStep: number): void {
  const s = get();
  if (s.step === prevStep) return;
  if (STEPS[prevStep]?.id === 'monitoring') s.pauseMonitor();
  void refreshDeploymentStep(get);
  refreshQuantView(get);
}

/** A mode that does not visit the current step shows another one: the live stream pauses there too. */
export function afterModeChange(get: Get): void {
  const s = get();
  const id = STEPS[s.step]?.id;
  if (id === 'monitoring' && !(MODES[s.mode].steps as readonly string[]).includes(id)) s.pauseMonitor();
}
