/**
 * The card's seven-row stage table, filled from a run: shapes in and out, the
 * operation, and an example sentence computed from the run's own numbers.
 * Works on partial runs too: stages not computed yet say what to do.
 */
import { describeCleaning } from './clean';
import { describeSkipped } from './skip-cleaning';
import type { PipelineConfig } from './config';
import type { EpochRecord } from './epochs';
import type { FaultKind } from './faults';
import type { RunData } from './run-data';
import type { DataSnapshot } from './snapshot';
import { shapeOf } from './table';
import {
  fmtInt,
  fmtMs,
  fmtPct,
  shippedVariant,
  STAGE_IDS,
  STAGE_NAMES,
  STAGE_OPERATIONS,
  type RunSummary,
  type StageId,
  type StageRow,
} from './summary';

/** Plain facts about a (possibly partial) run — everything the stage table needs. */
export interface StageFacts extends Pick<
  DataSnapshot,
  'rawShape' | 'cleanShape' | 'featureShape' | 'trainRows' | 'validationRows' | 'users' | 'firstMs' | 'lastMs'
> {
  readonly cleaningCounts: Readonly<Record<FaultKind, number>>;
  /** Faulty rows kept because cleaning was skipped (absent or all zero when it ran). */
  readonly keptFaulty?: Readonly<Record<FaultKind, number>>;
  readonly cleaningSkipped?: boolean;
  readonly useEngineered: boolean;
  readonly latencyBudgetMs: number;
  readonly epochs: readonly EpochRecord[] | null;
  readonly validation: Pick<RunSummary['validation'], 'accuracy' | 'loss'> | null;
  readonly deployment: RunSummary['deployment'] | null;
  readonly monitoring: RunSummary['monitoring'] | null;
}

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function collectionExample(f: StageFacts): string {
  const days = Math.round((f.lastMs - f.firstMs) / DAY_MS);
  return `${fmtInt(f.rawShape[0])} sessions from ${fmtInt(f.users)} users over ${days} days (${isoDay(f.firstMs)} to ${isoDay(f.lastMs)}): user clicks, timestamps, device info`;
}

function trainingExample(epochs: readonly EpochRecord[] | null): string {
  if (!epochs || epochs.length === 0) return 'Not trained yet: train the model to see it learn';
  const first = epochs[0];
  const last = epochs[epochs.length - 1];
  return `Model learns patterns from training data: loss ${first.loss.toFixed(2)} → ${last.loss.toFixed(2)}, accuracy ${fmtPct(first.accuracy)} → ${fmtPct(last.accuracy)} over ${epochs.length} epoch${epochs.length === 1 ? '' : 's'}`;
}

function deploymentExample(d: StageFacts['deployment'], budgetMs: number): string {
  if (!d) return 'Waiting for a trained model to compress and time';
  const small = shippedVariant(d);
  if (!small) return `Latency p50 ${fmtMs(d.latency.p50Ms)}`;
  const ratio = d.float32Bytes / small.totalBytes;
  const verdict = d.latency.p95Ms <= budgetMs ? 'within' : 'over';
  return `Model compressed ${ratio.toFixed(1)}× (${fmtInt(d.float32Bytes)} → ${fmtInt(small.totalBytes)} bytes, ${small.dtype}, accuracy ${fmtPct(small.accuracy)}); latency p50 ${fmtMs(d.latency.p50Ms)}, p95 ${fmtMs(d.latency.p95Ms)}, ${verdict} the ${budgetMs} ms budget`;
}

function monitoringExample(m: StageFacts['monitoring']): string {
  if (!m) return 'Waiting for a trained model to put on the live stream';
  const alert = m.alerts.find((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired');
  if (alert) {
    return `Alert triggered on accuracy drop below ${fmtPct(m.threshold, 0)}: rolling accuracy ${fmtPct(alert.value)} at batch ${alert.tick}`;
  }
  const seen = m.ticks.map((t) => t.accuracy).filter((a): a is number => a !== null);
  const lowest = seen.length ? Math.min(...seen) : NaN;
  return seen.length
    ? `No alert: rolling accuracy stayed at or above ${fmtPct(m.threshold, 0)} (lowest ${fmtPct(lowest)}) over ${m.ticks.length} live batches`
    : 'Monitoring has not run long enough to judge';
}

/** The seven stage rows of the card from plain facts. */
export function stageRows(f: StageFacts): StageRow[] {
  const cols = f.featureShape[1];
  const added = f.useEngineered
    ? "Added 'click_rate' and 'time_since_last_click'"
    : 'Engineered features switched off: nothing added';
  const v = f.validation;
  const rows: Record<StageId, Omit<StageRow, 'id' | 'name' | 'operation'>> = {
    collection: { inShape: null, outShape: f.rawShape, inText: 'Users and sensors', outText: '', example: collectionExample(f) },
    cleaning: {
      inShape: f.rawShape,
      outShape: f.cleanShape,
      inText: '',
      outText: '',
      example: f.cleaningSkipped && f.keptFaulty ? describeSkipped(f.keptFaulty) : describeCleaning(f.cleaningCounts),
    },
    features: { inShape: f.cleanShape, outShape: f.featureShape, inText: '', outText: '', example: added },
    training: {
      inShape: [f.trainRows, cols],
      outShape: null,
      inText: '',
      outText: 'Model trained to predict user behavior',
      example: trainingExample(f.epochs),
    },
    validation: {
      inShape: [f.validationRows, cols],
      outShape: null,
      inText: '',
      outText: 'Validation accuracy and loss metrics',
      example: v ? `Accuracy = ${fmtPct(v.accuracy)}, Loss = ${v.loss.toFixed(2)}` : 'Not validated yet: train the model first',
    },
    deployment: {
      inShape: null,
      outShape: null,
      inText: 'Trained model and validation metrics',
      outText: 'Production-ready model package',
      example: deploymentExample(f.deployment, f.latencyBudgetMs),
    },
    monitoring: {
      inShape: null,
      outShape: null,
      inText: 'Production model and live data',
      outText: 'Alerts and dashboards for model health',
      example: monitoringExample(f.monitoring),
    },
  };
  return STAGE_IDS.map((id) => ({ id, name: STAGE_NAMES[id], operation: STAGE_OPERATIONS[id], ...rows[id] }));
}

type Parts = Pick<RunSummary, 'validation' | 'deployment' | 'monitoring'>;

/** The seven stage rows of a complete run. */
export function describeStages(config: PipelineConfig, data: RunData, epochs: readonly EpochRecord[], parts: Parts): StageRow[] {
  const ts = data.generated.table.columns.timestamp;
  return stageRows({
    rawShape: shapeOf(data.generated.table),
    cleanShape: shapeOf(data.cleaned.table),
    featureShape: shapeOf(data.features),
    trainRows: data.split.train.length,
    validationRows: data.split.validation.length,
    users: data.generated.population.size,
    firstMs: ts[0],
    lastMs: ts[ts.length - 1],
    cleaningCounts: data.cleaned.counts,
    keptFaulty: data.cleaned.keptFaulty,
    cleaningSkipped: config.cleaning === 'skip',
    useEngineered: config.useEngineered,
    latencyBudgetMs: config.latencyBudgetMs,
    epochs,
    validation: parts.validation,
    deployment: parts.deployment,
    monitoring: parts.monitoring,
  });
}
