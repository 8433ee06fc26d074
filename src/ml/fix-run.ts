/**
 * Fix-it mode's runs: one scenario's pipeline with its planted bug, or with the
 * fix applied, and the numbers a team would meet the symptom by. Each run is
 * complete and seeded (its own data and model, disposed here); the symptom is
 * decided from this run's numbers alone.
 */
import { resolveConfig, type PipelineConfig } from '../pipeline/config';
import { duplicateSessions, leakyRecency, missingAsZero, splitOverlap, type FixScenarioId } from '../pipeline/fix-plants';
import { accuracyOf, confusion } from '../pipeline/metrics';
import { encodeTable } from '../pipeline/prepare';
import { runData, runRngs, type Plants, type RunData } from '../pipeline/run-data';
import { encodeSkewed } from '../pipeline/skew';
import { predictProba } from './predict';
import { monitorRun } from './run-pipeline';
import { trainForConfig } from './train';
import * as tf from '@tensorflow/tfjs';
import { timeRequests, type CallPattern } from './serve-request';

/** Rows per scenario run: enough for stable symptoms, small enough for a few seconds on a laptop. */
export const FIX_ROWS = 4_000;
/** Live batches a scenario watches (the app's check run length for drift; fewer where only the mean matters). */
const LIVE_TICKS = 20;
const DRIFT_TICKS = 60;
/** The alert threshold the drift scenario ships with (the bug), and the card's 80 % (the fix). */
export const SILENT_THRESHOLD = 0.5;
/** The latency scenario: rows one request scores (a page of candidates to rank), and requests timed. */
export const REQUEST_ROWS = 1_000;
const REQUESTS = 5;

export interface FixOutcome {
  readonly scenario: FixScenarioId;
  readonly fixed: boolean;
  /** The numbers the scenario shows, by id (rates 0–1, counts as counts); content/fix-scenarios.ts names them. */
  readonly metrics: Readonly<Record<string, number>>;
  /** True when this run shows the scenario's symptom. */
  readonly symptom: boolean;
}

/** The configuration a scenario runs with: the card's defaults at FIX_ROWS rows, with the link's seed. */
export function fixConfig(id: FixScenarioId, fixed: boolean, seed: number): PipelineConfig {
  const base = { seed, rows: FIX_ROWS };
  if (id === 'missing-zero') return resolveConfig({ ...base, faultRate: 0.3 });
  if (id === 'silent-drift')
    return resolveConfig({ ...base, scenario: 'gradual', alertThreshold: fixed ? 0.8 : SILENT_THRESHOLD });
  return resolveConfig({ ...base, scenario: 'none' });
}

function plantsFor(id: FixScenarioId, fixed: boolean): Plants {
  if (fixed) return {};
  if (id === 'leakage') return { features: leakyRecency };
  if (id === 'missing-zero') return { collected: missingAsZero };
  if (id === 'duplicates') return { collected: duplicateSessions };
  return {};
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

async function accuracy(model: tf.LayersModel, enc: RunData['validation'], threshold: number, signal?: AbortSignal) {
  return accuracyOf(confusion(enc.y, await predictProba(model, enc, { signal }), threshold));
}

export async function runFixScenario(id: FixScenarioId, fixed: boolean, seed: number, signal?: AbortSignal): Promise<FixOutcome> {
  const config = fixConfig(id, fixed, seed);
  const rngs = runRngs(config.seed);
  const data = runData(config, rngs, plantsFor(id, fixed));
  const { model } = await trainForConfig(config, data, { signal });
  try {
    const val = await accuracy(model, data.validation, config.threshold, signal);
    const metrics = await measure(id, fixed, config, data, model, val, signal);
    return { scenario: id, fixed, metrics, symptom: hasSymptom(id, metrics) };
  } finally {
    model.dispose();
  }
}

async function measure(
  id: FixScenarioId,
  fixed: boolean,
  config: PipelineConfig,
  data: RunData,
  model: tf.LayersModel,
  val: number,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  const live = async (ticks: number) => monitorRun(config, data, model, ticks, runRngs(config.seed).stream);
  switch (id) {
    case 'leakage':
    case 'duplicates': {
      const ticks = await live(LIVE_TICKS);
      const overlap = splitOverlap(data.features, data.split);
      return { validationAccuracy: val, liveAccuracy: mean(ticks.map((t) => t.batchAccuracy)), overlap };
    }
    case 'skew': {
      const rows = data.split.validation;
      // The bug: the serving service sends click_rate as a percentage; the fix: the training encoder, shipped with the model.
      const served = fixed
        ? encodeTable(data.prep, data.features, rows)
        : encodeSkewed(data.prep, data.features, rows, 'click_rate_percent');
      return { validationAccuracy: val, servedAccuracy: await accuracy(model, served, config.threshold, signal) };
    }
    case 'missing-zero': {
      const n = data.generated.table.length;
      const logged = data.generated.faults.reduce((s, f) => s + (f > 0 ? 1 : 0), 0);
      return { validationAccuracy: val, trackerFaultShare: logged / n, droppedShare: data.cleaned.dropped.length / n };
    }
    case 'latency': {
      // The bug: the service calls the model once per row; the fix: one batched call per request.
      const pattern: CallPattern = fixed ? 'batched' : 'per-row';
      // Candidates to rank: the first 1,000 encoded training rows (the validation split has fewer at FIX_ROWS).
      const enc = data.train;
      const n = Math.min(REQUEST_ROWS, enc.n);
      const score = async (x: Float32Array, rows: number) => {
        const input = tf.tensor2d(x, [rows, enc.d]);
        const out = model.predict(input, { batchSize: rows }) as tf.Tensor;
        try {
          return (await out.data()) as Float32Array;
        } finally {
          tf.dispose([input, out]);
        }
      };
      const t = await timeRequests(score, enc.x, n, enc.d, pattern, REQUESTS);
      return {
        validationAccuracy: val,
        requestP50Ms: t.p50Ms,
        callsPerRequest: t.callsPerRequest,
        budgetMs: config.latencyBudgetMs,
      };
    }
    case 'silent-drift': {
      const ticks = await live(DRIFT_TICKS);
      const rolling = ticks.map((t) => t.rollingAccuracy).filter((a): a is number => a !== null);
      const fired = ticks.flatMap((t) => t.events).filter((e) => e.rule === 'accuracy_below_threshold' && e.kind === 'fired');
      return { validationAccuracy: val, lowestRolling: Math.min(...rolling), accuracyAlerts: fired.length };
    }
  }
}

/** The symptom, from one run's numbers (the thresholds are what a reviewer would call suspicious). */
export function hasSymptom(id: FixScenarioId, m: Readonly<Record<string, number>>): boolean {
  switch (id) {
    case 'leakage':
      return m.validationAccuracy - m.liveAccuracy > 0.05;
    case 'duplicates':
      return m.overlap > 0;
    case 'skew':
      return m.validationAccuracy - m.servedAccuracy > 0.02;
    case 'missing-zero':
      return m.droppedShare < m.trackerFaultShare / 2;
    case 'silent-drift':
      return m.lowestRolling < 0.8 && m.accuracyAlerts === 0;
    case 'latency':
      return m.requestP50Ms > m.budgetMs;
  }
}
