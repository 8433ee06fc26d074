/**
 * Stage 6's results as plain data: the deployment report (variants, latency,
 * validation and contract facts), the reproducibility check, the backend race
 * and the skew demo runs. The report is measured once per trained model (by
 * the serving chain, lab-flow.ts), and again only for a new decision
 * threshold. Stale answers (a newer model) are dropped by the controller's
 * 'deployment' token.
 */
import type { StateCreator } from 'zustand';
import type { RaceReport } from '../ml/backend-race';
import type { DeploymentReport } from '../ml/deploy-report';
import type { ReproReport } from '../ml/reproducibility';
import type { SkewResult } from '../ml/skew-demo';
import type { SkewId } from '../pipeline/skew';
import { errorMessage, type LabController } from './lab-controller';
import type { LabState } from './lab-store';

export type TaskStatus = 'idle' | 'running' | 'done' | 'error';

export interface Task<T> {
  readonly status: TaskStatus;
  readonly value: T | null;
  readonly error: string | null;
}

export interface DeploymentState {
  readonly report: Task<DeploymentReport>;
  readonly repro: Task<ReproReport>;
  readonly race: Task<RaceReport>;
  /** The skew runs so far, newest last (one per skew id). */
  readonly skews: readonly SkewResult[];
  readonly skewStatus: Task<SkewId>;
}

export interface DeploymentSlice {
  deployment: DeploymentState;
  /** Measures every variant at the current threshold (the one report every view reads). */
  loadDeployment(): Promise<void>;
  /** Trains again with the same seed and compares (once per model). */
  checkReproducibility(): Promise<void>;
  raceBackends(): Promise<void>;
  runSkew(skew: SkewId): Promise<void>;
}

const idle = { status: 'idle', value: null, error: null } as const;
export const INITIAL_DEPLOYMENT: DeploymentState = { report: idle, repro: idle, race: idle, skews: [], skewStatus: idle };

export const createDeploymentSlice =
  (ctl: LabController): StateCreator<LabState, [], [], DeploymentSlice> =>
  (set, get) => {
    const engine = ctl.engine;
    const patch = (mine: number, part: Partial<DeploymentState>): boolean => {
      if (!ctl.isCurrent('deployment', mine)) return false;
      set((s) => ({ deployment: { ...s.deployment, ...part } }));
      return true;
    };

    return {
      deployment: INITIAL_DEPLOYMENT,
      async loadDeployment() {
        const mine = ctl.current('deployment');
        const config = get().config;
        if (get().deployment.report.status === 'running') return;
        patch(mine, { report: { status: 'running', value: get().deployment.report.value, error: null } });
        try {
          const report = await engine.deploymentReport(config);
          patch(mine, { report: { status: 'done', value: report, error: null } });
        } catch (e) {
          patch(mine, { report: { status: 'error', value: null, error: errorMessage(e) } });
        }
      },
      async checkReproducibility() {
        const mine = ctl.current('deployment');
        if (get().deployment.repro.status !== 'idle') return;
        patch(mine, { repro: { status: 'running', value: null, error: null } });
        try {
          const repro = await engine.reproducibilityCheck(get().config);
          patch(mine, { repro: { status: 'done', value: repro, error: null } });
        } catch (e) {
          patch(mine, { repro: { status: 'error', value: null, error: errorMessage(e) } });
        }
      },
      async raceBackends() {
        const mine = ctl.current('deployment');
        if (get().deployment.race.status === 'running') return;
        patch(mine, { race: { status: 'running', value: get().deployment.race.value, error: null } });
        try {
          patch(mine, { race: { status: 'done', value: await engine.raceBackends(), error: null } });
        } catch (e) {
          patch(mine, { race: { status: 'error', value: null, error: errorMessage(e) } });
        }
      },
      async runSkew(skew) {
        const mine = ctl.current('deployment');
        patch(mine, { skewStatus: { status: 'running', value: skew, error: null } });
        try {
          const result = await engine.skewDemo(get().config, skew);
          const skews = [...get().deployment.skews.filter((r) => r.id !== skew), result];
          patch(mine, { skews, skewStatus: { status: 'done', value: skew, error: null } });
        } catch (e) {
          patch(mine, { skewStatus: { status: 'error', value: skew, error: errorMessage(e) } });
        }
      },
    };
  };
