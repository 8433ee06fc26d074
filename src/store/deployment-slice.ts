/**
 * Stage 6's results as plain data: the deployment report (variants, latency,
 * validation and contract facts), the reproducibility check, the backend race
 * and the skew demo runs. Stale answers (a newer request, a new model) are
 * dropped by token, like the other slices.
 */
import type { StateCreator } from 'zustand';
import type { RaceReport } from '../ml/backend-race';
import type { DeploymentReport } from '../ml/deploy-report';
import type { ReproReport } from '../ml/reproducibility';
import type { SkewResult } from '../ml/skew-demo';
import type { SkewId } from '../pipeline/skew';
import type { EngineApi } from '../worker/protocol';
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
  /** Measures the variants at the current threshold, then checks reproducibility (once per model). */
  loadDeployment(engine: Pick<EngineApi, 'deploymentReport' | 'reproducibilityCheck'>): Promise<void>;
  raceBackends(engine: Pick<EngineApi, 'raceBackends'>): Promise<void>;
  runSkew(engine: Pick<EngineApi, 'skewDemo'>, skew: SkewId): Promise<void>;
  /** Forgets every result (a new model makes them stale). */
  clearDeployment(): void;
}

const idle = { status: 'idle', value: null, error: null } as const;
export const INITIAL_DEPLOYMENT: DeploymentState = { report: idle, repro: idle, race: idle, skews: [], skewStatus: idle };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

let token = 0;

export const createDeploymentSlice: StateCreator<LabState, [], [], DeploymentSlice> = (set, get) => {
  const patch = (mine: number, part: Partial<DeploymentState>): boolean => {
    if (mine !== token) return false;
    set((s) => ({ deployment: { ...s.deployment, ...part } }));
    return true;
  };

  return {
    deployment: INITIAL_DEPLOYMENT,
    async loadDeployment(engine) {
      const mine = token;
      const config = get().config;
      if (get().deployment.report.status === 'running') return;
      patch(mine, { report: { status: 'running', value: get().deployment.report.value, error: null } });
      try {
        const report = await engine.deploymentReport(config);
        if (!patch(mine, { report: { status: 'done', value: report, error: null } })) return;
        // The stage card reads serving.deployment: keep it the numbers this stage shows.
        set((s) => (s.serving ? { serving: { ...s.serving, deployment: report.summary } } : {}));
      } catch (e) {
        patch(mine, { report: { status: 'error', value: null, error: message(e) } });
        return;
      }
      if (get().deployment.repro.status !== 'idle') return;
      patch(mine, { repro: { status: 'running', value: null, error: null } });
      try {
        const repro = await engine.reproducibilityCheck(config);
        patch(mine, { repro: { status: 'done', value: repro, error: null } });
      } catch (e) {
        patch(mine, { repro: { status: 'error', value: null, error: message(e) } });
      }
    },
    async raceBackends(engine) {
      const mine = token;
      if (get().deployment.race.status === 'running') return;
      patch(mine, { race: { status: 'running', value: get().deployment.race.value, error: null } });
      try {
        patch(mine, { race: { status: 'done', value: await engine.raceBackends(), error: null } });
      } catch (e) {
        patch(mine, { race: { status: 'error', value: null, error: message(e) } });
      }
    },
    async runSkew(engine, skew) {
      const mine = token;
      patch(mine, { skewStatus: { status: 'running', value: skew, error: null } });
      try {
        const result = await engine.skewDemo(get().config, skew);
        const skews = [...get().deployment.skews.filter((r) => r.id !== skew), result];
        patch(mine, { skews, skewStatus: { status: 'done', value: skew, error: null } });
      } catch (e) {
        patch(mine, { skewStatus: { status: 'error', value: skew, error: message(e) } });
      }
    },
    clearDeployment() {
      token++;
      set({ deployment: INITIAL_DEPLOYMENT });
    },
  };
};
