/** Collects the checklist's facts from the store's plain data (no measuring here: only what was measured). */
import type { DeploymentReport } from '../../ml/deploy-report';
import type { ReproReport } from '../../ml/reproducibility';
import { WINDOW_TICKS } from '../../pipeline/monitoring';
import { SIZE_BUDGET_BYTES, type ReadinessFacts } from '../../pipeline/readiness';
import type { RunSummary } from '../../pipeline/summary';
import type { MonitorState } from '../../store/monitor-state';

export interface FactSources {
  readonly report: DeploymentReport | null;
  readonly repro: ReproReport | null;
  /** The variant chosen for serving. */
  readonly recommended: string;
  readonly budgetMs: number;
  readonly alertThreshold: number;
  readonly monitor: MonitorState;
  /** The check run made after training (used until the live stream has run). */
  readonly checkRun: RunSummary['monitoring'] | null;
}

export function readinessFacts(s: FactSources): ReadinessFacts {
  const r = s.report;
  const f32 = r?.variants[0];
  const served = r?.variants.find((v) => v.dtype === s.recommended) ?? f32;
  const quantized = r?.variants.slice(1) ?? [];
  const compressed =
    served && served.dtype !== 'float32'
      ? served
      : quantized.reduce<(typeof quantized)[number] | undefined>(
          (a, b) => (!a || b.totalBytes < a.totalBytes ? b : a),
          undefined,
        );
  const m = s.monitor;
  const live = m.info && m.points.length > 0;
  return {
    reproducibility: s.repro,
    validation:
      r && f32
        ? {
            trainRows: r.trainRows,
            validationRows: r.validationRows,
            overlap: r.overlap,
            accuracy: f32.accuracy,
            bar: s.alertThreshold,
          }
        : null,
    compression:
      f32 && compressed ? { dtype: compressed.dtype, accuracy: compressed.accuracy, float32Accuracy: f32.accuracy } : null,
    size: served ? { dtype: served.dtype, bytes: served.totalBytes, budgetBytes: SIZE_BUDGET_BYTES } : null,
    latency:
      r && served
        ? { backend: r.backend, p95Ms: served.latency.p95Ms, coldMs: served.latency.coldMs, budgetMs: s.budgetMs }
        : null,
    contract: r ? r.contract : null,
    monitoring: live
      ? {
          source: 'live stream',
          ticks: m.points.length,
          windowTicks: m.info?.windowTicks ?? WINDOW_TICKS,
          accuracyThreshold: s.alertThreshold,
          alertsFired: m.log.filter((e) => e.kind === 'fired').length,
        }
      : s.checkRun
        ? {
            source: 'check run after training',
            ticks: s.checkRun.ticks.length,
            windowTicks: WINDOW_TICKS,
            accuracyThreshold: s.checkRun.threshold,
            alertsFired: s.checkRun.alerts.filter((a) => a.kind === 'fired').length,
          }
        : null,
    rollback: f32 ? { reloadMaxAbsDiff: f32.maxAbsDiff, previousKept: m.previous !== null, rolledBack: m.rolledBack } : null,
  };
}
