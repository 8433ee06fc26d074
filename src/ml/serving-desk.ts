/**
 * The engine's serving side (stages 6 and 7): the deployment report, the
 * reproducibility check, the backend race, the package files, the skew demo
 * and the live monitoring session. Calls run one at a time, because the race
 * switches tfjs's global backend and a monitor step must not interleave with a
 * retrain; the engine waits for them before it replaces the model.
 */
import type { PipelineConfig } from '../pipeline/config';
import { SKEW_IDS, type SkewId } from '../pipeline/skew';
import type { WasmPaths } from './backend';
import { raceBackends, type RaceReport } from './backend-race';
import { buildDeploymentReport, type DeploymentReport } from './deploy-report';
import type { TickReport } from './monitor';
import { MonitorSession, type MonitorInfo, type RetrainReport, type RollbackReport } from './monitor-session';
import { buildPackageFiles, packageOf, type PackageDtype, type PackageFiles, type PackageLatency } from './package-files';
import { predictProba } from './predict';
import { checkReproducible, type ReproReport } from './reproducibility';
import type { ServingContext } from './serving-context';
import { serveWithSkew, type SkewResult } from './skew-demo';

export class ServingDesk {
  private queue: Promise<unknown> = Promise.resolve();
  private session: MonitorSession | null = null;
  /** Backends that have run a model in this worker (for the race's "first use"). */
  private readonly used = new Set<string>();

  /** @param context the trained model and its run; throws when there is none */
  constructor(
    private readonly context: () => ServingContext,
    private readonly wasmPaths: () => WasmPaths | undefined,
  ) {}

  /** Runs `work` after every call queued before it. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when the calls queued so far are done. */
  idle(): Promise<unknown> {
    return this.queue;
  }

  /** Records that `backend` has run a model (training counts). */
  noteBackend(backend: string): void {
    this.used.add(backend);
  }

  deploymentReport(config: PipelineConfig): Promise<DeploymentReport> {
    return this.serial(() => buildDeploymentReport(this.context(), config.threshold));
  }

  reproducibilityCheck(config: PipelineConfig): Promise<ReproReport> {
    return this.serial(() => checkReproducible(this.context(), config.threshold));
  }

  raceBackends(): Promise<RaceReport> {
    return this.serial(async () => {
      const ctx = this.context();
      const pkg = await packageOf(ctx, 'float32');
      const reference = await predictProba(ctx.model, ctx.data.validation);
      return raceBackends(pkg, ctx.data.validation, reference, { wasmPaths: this.wasmPaths(), used: this.used });
    });
  }

  packageFiles(config: PipelineConfig, dtype: PackageDtype, latency: PackageLatency | null): Promise<PackageFiles> {
    const createdAt = new Date().toISOString();
    return this.serial(() => buildPackageFiles(this.context(), dtype, { threshold: config.threshold, createdAt, latency }));
  }

  skewDemo(config: PipelineConfig, skew: SkewId): Promise<SkewResult> {
    if (!SKEW_IDS.includes(skew)) return Promise.reject(new Error(`Unknown skew: ${String(skew).slice(0, 40)}`));
    return this.serial(() => serveWithSkew(this.context(), skew, config.threshold));
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
