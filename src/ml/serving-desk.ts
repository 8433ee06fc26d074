/**
 * The engine's serving side (stages 6 and 7): the deployment report, the
 * reproducibility check, the backend race, the package files, the skew demo
 * and the live monitoring session. Calls run one at a time, because the race
 * switches tfjs's global backend and a monitor step must not interleave with a
 * retrain. A newer Train or Regenerate supersedes them: `supersede` cancels the
 * running call (it stops at its next prediction chunk) and every queued one.
 */
import type { PipelineConfig } from '../pipeline/config';
import { SKEW_IDS, type SkewId } from '../pipeline/skew';
import type { WasmPaths } from './backend';
import { raceBackends, type RaceReport } from './backend-race';
import { buildDeploymentReport, type DeploymentReport } from './deploy-report';
import type { TickReport } from './monitor';
import { MonitorSession, type MonitorInfo, type RetrainReport, type RollbackReport } from './monitor-session';
import { WorkCancelled } from './next-task';
import { buildPackageFiles, packageOf, type PackageDtype, type PackageFiles, type PackageLatency } from './package-files';
import { predictProba } from './predict';
import { checkReproducible, type ReproReport } from './reproducibility';
import type { ServingContext } from './serving-context';
import { serveWithSkew, type SkewResult } from './skew-demo';

export class ServingDesk {
  private queue: Promise<unknown> = Promise.resolve();
  /** Aborted by `supersede`: the signal of every call queued since the last one. */
  private controller = new AbortController();
  private session: MonitorSession | null = null;
  /** Backends that have run a model in this worker (for the race's "first use"). */
  private readonly used = new Set<string>();

  /** @param context the trained model and its run; throws when there is none */
  constructor(
    private readonly context: () => ServingContext,
    private readonly wasmPaths: () => WasmPaths | undefined,
  ) {}

  /** Runs `work` after every call queued before it; it is rejected with WorkCancelled if superseded first. */
  serial<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const { signal } = this.controller;
    const guarded = (): Promise<T> => (signal.aborted ? Promise.reject(new WorkCancelled()) : work(signal));
    const run = this.queue.then(guarded, guarded);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Cancels the running call and every queued one (they reject with
   * WorkCancelled); resolves once the running call has stopped, which is at its
   * next bounded chunk. Calls made after this run normally.
   */
  supersede(): Promise<unknown> {
    this.controller.abort();
    this.controller = new AbortController();
    return this.queue;
  }

  /** Records that `backend` has run a model (training counts). */
  noteBackend(backend: string): void {
    this.used.add(backend);
  }

  deploymentReport(config: PipelineConfig): Promise<DeploymentReport> {
    return this.serial((signal) => buildDeploymentReport(this.context(), config.threshold, 50, signal));
  }

  reproducibilityCheck(config: PipelineConfig): Promise<ReproReport> {
    return this.serial((signal) => checkReproducible(this.context(), config.threshold, signal));
  }

  raceBackends(): Promise<RaceReport> {
    return this.serial(async (signal) => {
      const ctx = this.context();
      const pkg = await packageOf(ctx, 'float32');
      const reference = await predictProba(ctx.model, ctx.data.validation, { signal });
      return raceBackends(pkg, ctx.data.validation, reference, { wasmPaths: this.wasmPaths(), used: this.used, signal });
    });
  }

  packageFiles(config: PipelineConfig, dtype: PackageDtype, latency: PackageLatency | null): Promise<PackageFiles> {
    const createdAt = new Date().toISOString();
    return this.serial((signal) =>
      buildPackageFiles(this.context(), dtype, { threshold: config.threshold, createdAt, latency, signal }),
    );
  }

  skewDemo(config: PipelineConfig, skew: SkewId): Promise<SkewResult> {
    if (!SKEW_IDS.includes(skew)) return Promise.reject(new Error(`Unknown skew: ${String(skew).slice(0, 40)}`));
    return this.serial((signal) => serveWithSkew(this.context(), skew, config.threshold, signal));
  }

  monitorStart(config: PipelineConfig): Promise<MonitorInfo> {
    return this.serial(async () => {
      const ctx = this.context();
      this.closeSession();
      this.session = new MonitorSession(ctx, config);
      return this.session.info;
    });
  }

  monitorStep(n: number): Promise<TickReport[]> {
    return this.serial(() => this.requireSession().step(n));
  }

  monitorRetrain(): Promise<RetrainReport> {
    return this.serial(() => this.requireSession().retrain());
  }

  monitorRollback(): Promise<RollbackReport> {
    return this.serial(async () => this.requireSession().rollback());
  }

  monitorSetThreshold(threshold: number): Promise<void> {
    if (!(threshold > 0 && threshold < 1)) return Promise.reject(new Error('The alert threshold must be between 0 and 1'));
    return this.serial(async () => this.requireSession().setThreshold(threshold));
  }

  monitorStop(): Promise<void> {
    return this.serial(async () => this.closeSession());
  }

  /** Frees the live session's models (call before the engine's model goes). */
  closeSession(): void {
    this.session?.dispose();
    this.session = null;
  }

  private requireSession(): MonitorSession {
    if (!this.session) throw new Error('No monitoring session: press Start first');
    return this.session;
  }
}
