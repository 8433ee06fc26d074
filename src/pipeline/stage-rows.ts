/**
 * The card's seven-row stage table, filled from a run: shapes in and out, the
 * operation, and an example sentence computed from the run's own numbers.
 */
import { describeCleaning } from './clean';
import type { PipelineConfig } from './config';
import type { EpochRecord } from './epochs';
import type { RunData } from './run-data';
import { shapeOf } from './table';
import {
  fmtInt,
  fmtPct,
  STAGE_IDS,
  STAGE_NAMES,
  STAGE_OPERATIONS,
  type RunSummary,
  type Shape,
  type StageId,
  type StageRow,
} from './summary';

type Parts = Pick<RunSummary, 'validation' | 'deployment' | 'monitoring'>;

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function collectionExample(data: RunData): string {
  const t = data.generated.table;
  const ts = t.columns.timestamp;
  const days = Math.round((ts[t.length - 1] - ts[0]) / DAY_MS);
  return `${fmtInt(t.length)} sessions from ${fmtInt(data.generated.population.size)} users over ${days} days (${isoDay(ts[0])} to ${isoDay(ts[t.length - 1])}): user, timestamp, device, clicks, …`;
}

function trainingExample(epochs: readonly EpochRecord[]): string {
  if (epochs.length === 0) return 'Not trained yet';
  const first = epochs[0];
  const last = epochs[epochs.length - 1];
  return `Model learns patterns from training data: loss ${first.loss.toFixed(2)} → ${last.loss.toFixed(2)}, accuracy ${fmtPct(first.accuracy)} → ${fmtPct(last.accuracy)} over ${epochs.length} epoch${epochs.length === 1 ? '' : 's'}`;
}

function deploymentExample(d: Parts['deployment'], budgetMs: number): string {
  const small = d.variants.find((v) => v.dtype === 'uint8') ?? d.variants[d.variants.length - 1];
  if (!small) return `Latency p50 ${d.latency.p50Ms.toFixed(2)} ms`;
  const ratio = d.float32Bytes / small.totalBytes;
  const verdict = d.latency.p95Ms <= budgetMs ? 'within' : 'over';
  return `Model compressed ${ratio.toFixed(1)}× (${fmtInt(d.float32Bytes)} → ${fmtInt(small.totalBytes)} bytes, ${small.dtype}, accuracy ${fmtPct(small.accuracy)}); latency p50 ${d.latency.p50Ms.toFixed(2)} ms, p95 ${d.latency.p95Ms.toFixed(2)} ms, ${verdict} the ${budgetMs} ms budget`;
}

function monitoringExample(m: Parts['monitoring']): string {
  const alert = m.alerts.find((a) => a.rule === 'accuracy_below_threshold');
  if (alert) {
    return `Alert triggered on accuracy drop below ${fmtPct(m.threshold, 0)}: rolling accuracy ${fmtPct(alert.value)} at tick ${alert.tick}`;
  }
  const seen = m.ticks.map((t) => t.accuracy).filter((a): a is number => a !== null);
  const lowest = seen.length ? Math.min(...seen) : NaN;
  return seen.length
    ? `No alert: rolling accuracy stayed at or above ${fmtPct(m.threshold, 0)} (lowest ${fmtPct(lowest)}) over ${m.ticks.length} live batches`
    : 'Monitoring has not run yet';
}

/** The seven stage rows of the card, from this run. */
export function describeStages(config: PipelineConfig, data: RunData, epochs: readonly EpochRecord[], parts: Parts): StageRow[] {
  const raw: Shape = shapeOf(data.generated.table);
  const cleaned: Shape = shapeOf(data.cleaned.table);
  const features: Shape = shapeOf(data.features);
  const cols = features[1];
  const added = config.useEngineered
    ? "Added 'click_rate' and 'time_since_last_click'"
    : 'Engineered features switched off: nothing added';
  const v = parts.validation;
  const rows: Record<StageId, Omit<StageRow, 'id' | 'name' | 'operation'>> = {
    collection: { inShape: null, outShape: raw, inText: 'Users and sensors', outText: '', example: collectionExample(data) },
    cleaning: { inShape: raw, outShape: cleaned, inText: '', outText: '', example: describeCleaning(data.cleaned.counts) },
    features: { inShape: cleaned, outShape: features, inText: '', outText: '', example: added },
    training: {
      inShape: [data.split.train.length, cols],
      outShape: null,
      inText: '',
      outText: 'Model trained to predict user behavior',
      example: trainingExample(epochs),
    },
    validation: {
      inShape: [data.split.validation.length, cols],
      outShape: null,
      inText: '',
      outText: 'Validation accuracy and loss metrics',
      example: `Accuracy = ${fmtPct(v.accuracy)}, Loss = ${v.loss.toFixed(2)}`,
    },
    deployment: {
      inShape: null,
      outShape: null,
      inText: 'Trained model and validation metrics',
      outText: 'Production-ready model package',
      example: deploymentExample(parts.deployment, config.latencyBudgetMs),
    },
    monitoring: {
      inShape: null,
      outShape: null,
      inText: 'Production model and live data',
      outText: 'Alerts and dashboards for model health',
      example: monitoringExample(parts.monitoring),
    },
  };
  return STAGE_IDS.map((id) => ({ id, name: STAGE_NAMES[id], operation: STAGE_OPERATIONS[id], ...rows[id] }));
}
