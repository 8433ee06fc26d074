/**
 * All seven stages, end to end: the data stages, training, validation,
 * deployment preparation and a monitoring run on the live stream. Used by the
 * CLI and by the app's worker; returns plain data plus the trained model.
 */
import type * as tf from '@tensorflow/tfjs';
import type { PipelineConfig } from '../pipeline/config';
import type { Rng } from '../pipeline/rng';
import type { EpochRecord } from '../pipeline/epochs';
import { validationMetrics } from '../pipeline/metrics';
import { alertRulesSummary, CHECK_RUN_TICKS, rulesFor } from '../pipeline/monitoring';
import { runData, runRngs, type RunData } from '../pipeline/run-data';
import { createStream } from '../pipeline/stream';
import type { RunSummary } from '../pipeline/summary';
import { describeStages } from '../pipeline/stage-rows';
import type { BackendChoice } from './backend';
import { prepareDeployment, type DeploymentResult } from './deploy';
import { Monitor, type TickReport } from './monitor';
import { predictProba } from './predict';
import { trainForConfig } from './train';

export interface RunOptions {
  readonly backend: BackendChoice;
  /** Live batches to monitor (default CHECK_RUN_TICKS, as the app's check run). */
  readonly ticks?: number;
  readonly signal?: AbortSignal;
  readonly onEpoch?: (e: EpochRecord) => void;
}

export interface PipelineRun {
  readonly summary: RunSummary;
  readonly data: RunData;
  /** The trained float32 model; the caller disposes it. */
  readonly model: tf.Sequential;
  readonly deployment: DeploymentResult;
  readonly ticks: TickReport[];
}

export async function runPipeline(config: PipelineConfig, o: RunOptions): Promise<PipelineRun> {
  const rngs = runRngs(config.seed);
  const data = runData(config, rngs);
  const trained = await trainForConfig(config, data, { signal: o.signal, onEpoch: o.onEpoch });
  const model = trained.model;
  try {
    const p = await predictProba(model, data.validation);
    const validation = validationMetrics(data.validation.y, p, config.threshold);
    const deployment = await prepareDeployment(model, data.validation, config.threshold);
    const ticks = await monitorRun(config, data, model, o.ticks ?? CHECK_RUN_TICKS, rngs.stream);
    const parts = {
      validation,
      deployment: deploymentSummary(deployment),
      monitoring: monitoringSummary(config, ticks),
    };
    const summary: RunSummary = {
      seed: config.seed,
      backend: o.backend.backend,
      backendReason: o.backend.reason,
      stages: describeStages(config, data, trained.epochs, parts),
      epochs: trained.epochs,
      ...parts,
    };
    return { summary, data, model, deployment, ticks };
  } catch (e) {
    model.dispose();
    throw e;
  }
}

export function deploymentSummary(d: DeploymentResult): RunSummary['deployment'] {
  return {
    float32Bytes: d.float32.pkg.totalBytes,
    float32WeightBytes: d.float32.pkg.weightBytes,
    variants: d.variants.map((v) => ({
      dtype: v.pkg.dtype,
      weightBytes: v.pkg.weightBytes,
      totalBytes: v.pkg.totalBytes,
      accuracy: v.accuracy,
      maxAbsDiff: v.maxAbsDiff,
    })),
    latency: {
      coldMs: d.latency.coldMs,
      p50Ms: d.latency.p50Ms,
      p95Ms: d.latency.p95Ms,
      batchRows: d.latency.batchRows,
      batchP50Ms: d.latency.batchP50Ms,
    },
  };
}

export function monitoringSummary(config: PipelineConfig, ticks: readonly TickReport[]): RunSummary['monitoring'] {
  return {
    scenario: config.scenario,
    threshold: config.alertThreshold,
    ticks: ticks.map((t) => ({
      tick: t.tick,
      accuracy: t.rollingAccuracy,
      batchAccuracy: t.batchAccuracy,
      driftShare: t.driftShare,
      faulty: t.faulty,
    })),
    alerts: ticks.flatMap((t) =>
      t.events.map((e) => ({ tick: e.tick, rule: e.rule, kind: e.kind, value: e.value, message: e.message })),
    ),
    alertRules: alertRulesSummary(rulesFor(config.alertThreshold)),
  };
}

/** Runs the monitor over `ticks` live batches of the config's scenario with `model`. */
export async function monitorRun(
  config: PipelineConfig,
  data: RunData,
  model: tf.LayersModel,
  ticks: number,
  rng: Rng,
): Promise<TickReport[]> {
  const stream = createStream(data.generated, config.scenario, config.faultRate, rng);
  const monitor = new Monitor({
    model,
    prep: data.prep,
    references: data.references,
    lastClickMs: data.lastClickMs,
    rules: rulesFor(config.alertThreshold),
    threshold: config.threshold,
  });
  try {
    const reports: TickReport[] = [];
    for (let t = 0; t < ticks; t++) reports.push(await monitor.step(stream.next()));
    return reports;
  } finally {
    monitor.dispose();
  }
}
