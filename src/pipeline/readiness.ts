/**
 * A production-readiness checklist in the spirit of Google's ML Test Score:
 * every item is decided from measured facts of this run, never ticked by hand.
 * A fact not measured yet leaves its item pending, with what to do next.
 */
import { fmtInt, fmtMs, fmtPct } from './summary';

/** A compressed variant may lose at most this much validation accuracy (1 point). */
export const ACCURACY_TOLERANCE = 0.01;
/** The model package must fit in 100 kB: about 0.3 s on a 3 Mbit/s mobile connection. */
export const SIZE_BUDGET_BYTES = 100_000;
/** Retraining with the same seed must reproduce every probability to within this. */
export const REPRO_TOLERANCE = 1e-6;

export type CheckStatus = 'pass' | 'fail' | 'pending';
export type ReadinessId =
  'reproducible' | 'validated' | 'compression' | 'size' | 'latency' | 'contract' | 'monitoring' | 'rollback';

export interface ReadinessItem {
  readonly id: ReadinessId;
  readonly label: string;
  readonly status: CheckStatus;
  /** One sentence with the facts that decided the status. */
  readonly reason: string;
}

export interface ReadinessFacts {
  readonly reproducibility: {
    readonly seed: number;
    readonly rows: number;
    readonly maxAbsDiff: number;
    readonly decisionsChanged: number;
  } | null;
  readonly validation: {
    readonly trainRows: number;
    readonly validationRows: number;
    /** Rows in both splits (must be 0). */
    readonly overlap: number;
    readonly accuracy: number;
    /** The accuracy the model will be held to in production (the alert threshold). */
    readonly bar: number;
  } | null;
  readonly compression: { readonly dtype: string; readonly accuracy: number; readonly float32Accuracy: number } | null;
  readonly size: { readonly dtype: string; readonly bytes: number; readonly budgetBytes: number } | null;
  readonly latency: {
    readonly backend: string;
    readonly p95Ms: number;
    readonly coldMs: number;
    readonly budgetMs: number;
  } | null;
  /** Re-encoding the validation rows from the metadata file alone vs the training encoder. */
  readonly contract: { readonly rows: number; readonly columns: number; readonly maxAbsDiff: number } | null;
  readonly monitoring: {
    readonly source: 'live stream' | 'check run after training';
    readonly ticks: number;
    readonly windowTicks: number;
    readonly accuracyThreshold: number;
    readonly alertsFired: number;
  } | null;
  readonly rollback: { readonly reloadMaxAbsDiff: number; readonly previousKept: boolean; readonly rolledBack: boolean } | null;
}

const ms = fmtMs;
const diff = (x: number): string => (x === 0 ? 'bit for bit' : `largest difference ${x.toExponential(1)}`);
const pass = (ok: boolean): CheckStatus => (ok ? 'pass' : 'fail');

type Judge = (f: ReadinessFacts) => { status: CheckStatus; reason: string };

const JUDGES: readonly [ReadinessId, string, Judge][] = [
  [
    'reproducible',
    'Training is reproducible',
    ({ reproducibility: r }) => {
      if (!r) return { status: 'pending', reason: 'Checking: training again with the same seed…' };
      const ok = r.decisionsChanged === 0 && r.maxAbsDiff <= REPRO_TOLERANCE;
      return {
        status: pass(ok),
        reason: ok
          ? `Trained again with seed ${r.seed} on the same rows: all ${fmtInt(r.rows)} validation predictions match (${diff(r.maxAbsDiff)}).`
          : `Trained again with seed ${r.seed}: ${fmtInt(r.decisionsChanged)} of ${fmtInt(r.rows)} decisions changed (largest probability difference ${r.maxAbsDiff.toExponential(1)}).`,
      };
    },
  ],
  [
    'validated',
    'Validated on unseen data before serving',
    ({ validation: v }) => {
      if (!v) return { status: 'pending', reason: 'Waiting for the validation numbers.' };
      const ok = v.overlap === 0 && v.validationRows > 0 && v.accuracy >= v.bar;
      const rows = `${fmtInt(v.validationRows)} held-out rows, ${v.overlap === 0 ? 'none' : fmtInt(v.overlap)} of them used in training`;
      return {
        status: pass(ok),
        reason: `${rows}; accuracy ${fmtPct(v.accuracy)} ${v.accuracy >= v.bar ? '≥' : '<'} the ${fmtPct(v.bar, 0)} it will be held to in production.`,
      };
    },
  ],
  [
    'compression',
    'Compression keeps accuracy',
    ({ compression: c }) => {
      if (!c) return { status: 'pending', reason: 'Waiting for the compressed variants.' };
      const loss = c.float32Accuracy - c.accuracy;
      const ok = Math.abs(loss) <= ACCURACY_TOLERANCE + 1e-12;
      return {
        status: pass(ok),
        reason: `${c.dtype} after reloading: ${fmtPct(c.accuracy)} vs ${fmtPct(c.float32Accuracy)} for float32 (${ok ? 'within' : 'more than'} 1 point).`,
      };
    },
  ],
  [
    'size',
    'Package size within budget',
    ({ size: s }) => {
      if (!s) return { status: 'pending', reason: 'Waiting for the package.' };
      const ok = s.bytes <= s.budgetBytes;
      return {
        status: pass(ok),
        reason: `${s.dtype} package (topology + weights) is ${fmtInt(s.bytes)} bytes; budget ${fmtInt(s.budgetBytes)} bytes.`,
      };
    },
  ],
  [
    'latency',
    'Latency within budget',
    ({ latency: l }) => {
      if (!l) return { status: 'pending', reason: 'Waiting for the latency measurement.' };
      const ok = l.p95Ms <= l.budgetMs;
      const cold =
        l.coldMs > l.budgetMs
          ? `; the first call after loading took ${ms(l.coldMs)}, so send a warm-up prediction before taking traffic`
          : `; cold first call ${ms(l.coldMs)}`;
      return {
        status: pass(ok),
        reason: `Warm p95 for one row on ${l.backend}: ${ms(l.p95Ms)} ${ok ? '≤' : '>'} the ${l.budgetMs} ms budget${cold}.`,
      };
    },
  ],
  [
    'contract',
    'Serving uses the training preprocessing',
    ({ contract: c }) => {
      if (!c) return { status: 'pending', reason: 'Waiting for the package metadata.' };
      const ok = c.maxAbsDiff <= REPRO_TOLERANCE;
      return {
        status: pass(ok),
        reason: ok
          ? `The metadata file alone re-creates the training encoding of all ${fmtInt(c.rows)} validation rows (${c.columns} input columns) exactly.`
          : `Encoding from the metadata file differs from training by up to ${c.maxAbsDiff.toPrecision(3)}.`,
      };
    },
  ],
  [
    'monitoring',
    'Monitoring and alerting in place',
    ({ monitoring: m }) => {
      if (!m) return { status: 'pending', reason: 'Not yet: start the live stream in Monitoring Setup.' };
      if (m.ticks < m.windowTicks)
        return { status: 'pending', reason: `${m.ticks} live batches so far; the rolling window needs ${m.windowTicks}.` };
      const alerts = m.alertsFired === 0 ? 'no alert fired' : `${m.alertsFired} alert${m.alertsFired === 1 ? '' : 's'} fired`;
      return {
        status: 'pass',
        reason: `The ${m.source} scored ${fmtInt(m.ticks)} batches: rolling accuracy over ${m.windowTicks} batches, alert below ${fmtPct(m.accuracyThreshold, 0)}, drift checks on every feature; ${alerts}.`,
      };
    },
  ],
  [
    'rollback',
    'A rollback path exists',
    ({ rollback: r }) => {
      if (!r) return { status: 'pending', reason: 'Waiting for the package reload check.' };
      const ok = r.reloadMaxAbsDiff === 0;
      const extra = r.rolledBack
        ? ' Roll back was used in Monitoring Setup.'
        : r.previousKept
          ? ' The previous model is kept: Roll back is ready.'
          : '';
      return {
        status: pass(ok),
        reason:
          (ok
            ? 'The float32 package reloads with identical predictions, so this version can be restored at any time.'
            : `The reloaded package differs by ${r.reloadMaxAbsDiff.toExponential(1)}.`) + extra,
      };
    },
  ],
];

/** The eight checklist items, each decided from `facts`. */
export function evaluateReadiness(facts: ReadinessFacts): ReadinessItem[] {
  return JUDGES.map(([id, label, judge]) => ({ id, label, ...judge(facts) }));
}

export interface VariantFacts {
  readonly dtype: string;
  readonly totalBytes: number;
  readonly accuracy: number;
  readonly p95Ms: number;
}

/**
 * The variant to serve: the smallest one within 1 point of float32's accuracy,
 * the latency budget and the size budget; float32 (`variants[0]`) when none is.
 */
export function chooseServingVariant<T extends VariantFacts>(
  variants: readonly T[],
  budgetMs: number,
  budgetBytes = SIZE_BUDGET_BYTES,
): T {
  const [base] = variants;
  const fits = variants.filter(
    (v) =>
      Math.abs(base.accuracy - v.accuracy) <= ACCURACY_TOLERANCE + 1e-12 && v.p95Ms <= budgetMs && v.totalBytes <= budgetBytes,
  );
  return fits.reduce((best, v) => (v.totalBytes < best.totalBytes ? v : best), fits[0] ?? base);
}
