/**
 * The numbers Compare mode puts side by side, read from two complete runs
 * (RunSummary, the CLI's shape), and the one sentence that states their
 * difference. Nothing here is estimated: each value is one run's own.
 */
import { KNOBS, type PipelineConfig } from './config';
import type { CompareDiff, PackageChoice } from './contrasts';
import { fmtPct, type RunSummary } from './summary';

export interface SideNumbers {
  readonly valAccuracy: number;
  readonly valLoss: number;
  readonly auc: number | null;
  /** The epoch (1-based) with the lowest validation loss, and how many epochs ran. */
  readonly bestEpoch: number;
  readonly epochs: number;
  /** The shipped package: its dtype, bytes (model JSON + weights) and accuracy after reloading. */
  readonly packageDtype: PackageChoice;
  readonly packageBytes: number;
  readonly packageAccuracy: number;
  /** float32 single-row latency, median, ms. */
  readonly latencyP50Ms: number;
  /** Rolling accuracy on the live stream at the last check-run batch (null if the window never filled). */
  readonly liveAccuracy: number | null;
  readonly alertsFired: number;
}

export function sideNumbers(run: RunSummary, pkg: PackageChoice): SideNumbers {
  const ep = run.epochs;
  let best = 0;
  ep.forEach((e, i) => {
    if (e.valLoss < ep[best].valLoss) best = i;
  });
  const uint8 = run.deployment.variants.find((v) => v.dtype === 'uint8');
  const shipped = pkg === 'uint8' && uint8 ? uint8 : null;
  const ticks = run.monitoring.ticks;
  return {
    valAccuracy: run.validation.accuracy,
    valLoss: run.validation.loss,
    auc: run.validation.auc,
    bestEpoch: best + 1,
    epochs: ep.length,
    packageDtype: shipped ? 'uint8' : 'float32',
    packageBytes: shipped ? shipped.totalBytes : run.deployment.float32Bytes,
    packageAccuracy: shipped ? shipped.accuracy : run.validation.accuracy,
    latencyP50Ms: run.deployment.latency.p50Ms,
    liveAccuracy: ticks.length ? ticks[ticks.length - 1].accuracy : null,
    alertsFired: run.monitoring.alerts.filter((a) => a.kind === 'fired').length,
  };
}

const fmtValue = (k: keyof PipelineConfig, v: unknown): string =>
  typeof v === 'boolean' ? (v ? 'on' : 'off') : k === 'faultRate' ? fmtPct(Number(v), 0) : String(v);

/** "Epochs 5 → 40; package float32 → uint8": what B changes, from A's values. */
export function describeDiff(a: PipelineConfig, d: CompareDiff): string {
  const parts = Object.entries(d.knobs).map(([k, v]) => {
    const id = k as keyof PipelineConfig;
    return `${KNOBS[id].label} ${fmtValue(id, a[id])} → ${fmtValue(id, v)}`;
  });
  if (d.package !== 'float32') parts.push(`package float32 → ${d.package}`);
  return parts.length ? parts.join('; ') : 'nothing (B is the same run as A)';
}

/** "3.1 points lower", "0.4 points higher", "the same". */
function points(a: number, b: number): string {
  const d = (b - a) * 100;
  if (Math.abs(d) < 0.05) return 'the same';
  return `${Math.abs(d).toFixed(1)} point${Math.abs(d).toFixed(1) === '1.0' ? '' : 's'} ${d < 0 ? 'lower' : 'higher'}`;
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** One sentence computed from the two runs, led by what the difference is about. */
export function differenceSentence(a: SideNumbers, b: SideNumbers, d: CompareDiff): string {
  if (d.package !== a.packageDtype && Object.keys(d.knobs).length === 0) {
    const ratio = a.packageBytes / b.packageBytes;
    return `The ${b.packageDtype} package is ${ratio.toFixed(1)}× smaller than ${a.packageDtype} (${kB(b.packageBytes)} vs ${kB(a.packageBytes)}) and its accuracy after reloading is ${points(a.packageAccuracy, b.packageAccuracy)} (${fmtPct(b.packageAccuracy)} vs ${fmtPct(a.packageAccuracy)}).`;
  }
  if ('scenario' in d.knobs || 'alertThreshold' in d.knobs) {
    const live =
      a.liveAccuracy !== null && b.liveAccuracy !== null
        ? `B's rolling accuracy on the live stream ends ${points(a.liveAccuracy, b.liveAccuracy)} than A's (${fmtPct(b.liveAccuracy)} vs ${fmtPct(a.liveAccuracy)})`
        : 'the live stream never filled a rolling window';
    return `${cap(live)}, and ${b.alertsFired} alert${b.alertsFired === 1 ? '' : 's'} fired for B against ${a.alertsFired} for A.`;
  }
  const acc = points(a.valAccuracy, b.valAccuracy);
  const head =
    acc === 'the same'
      ? `B's validation accuracy is the same as A's (${fmtPct(b.valAccuracy)})`
      : `B's validation accuracy is ${acc} than A's (${fmtPct(b.valAccuracy)} vs ${fmtPct(a.valAccuracy)})`;
  return `${head}; validation loss was lowest at epoch ${b.bestEpoch} of ${b.epochs} for B and epoch ${a.bestEpoch} of ${a.epochs} for A.`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
