/**
 * Stages 6 and 7 in one slice: deployment preparation and the live monitor.
 * Both describe the current trained model, so both are cleared whenever the
 * model's results change (a new training run, new data).
 */
import type { StateCreator } from 'zustand';
import { createDeploymentSlice, type DeploymentSlice } from './deployment-slice';
import type { LabState } from './lab-store';
import { createMonitorSlice, type MonitorSlice } from './monitor-slice';

export type ProductionSlice = DeploymentSlice & MonitorSlice;

export const createProductionSlice: StateCreator<LabState, [], [], ProductionSlice> = (set, get, api) => {
  api.subscribe((state, previous) => {
    if (state.validationScores === previous.validationScores) return;
    // The engine closes its own session when the model goes; here only the page's copy is dropped.
    state.clearMonitor();
    state.clearDeployment();
  });
  return { ...createDeploymentSlice(set, get, api), ...createMonitorSlice(set, get, api) };
};
