/**
 * Stage 6: compress the trained model, load every variant back through tfjs's
 * loader, and measure what compression cost (accuracy, largest prediction
 * change) and what serving costs (latency).
 */
import type * as tf from '@tensorflow/tfjs';
import { accuracy } from '../pipeline/metrics';
import type { Encoded } from '../pipeline/prepare';
import { measureLatency, type LatencyReport } from './latency';
import { predictProba } from './predict';
import { float32Package, loadPackage, QUANT_DTYPES, quantizePackage, type ModelPackage } from './quantize';

export interface VariantResult {
  readonly pkg: ModelPackage;
  /** Validation accuracy of the variant after loading it back. */
  readonly accuracy: number;
  /** Largest |p_variant − p_float32| over the validation rows. */
  readonly maxAbsDiff: number;
  /** Latency of this variant freshly loaded (only with `everyVariant`). */
  readonly latency: LatencyReport | null;
}

export interface DeployOptions {
  /** Warm single-row timings per latency measurement (default 50). */
  readonly latencyRuns?: number;
  /** Time every variant, not only float32 (quantized weights are float32 again once loaded). */
  readonly everyVariant?: boolean;
  /** Checked between prediction chunks and timing groups: an abort stops the work with WorkCancelled. */
  readonly signal?: AbortSignal;
}

export interface DeploymentResult {
  readonly float32: VariantResult;
  readonly variants: VariantResult[];
  readonly latency: LatencyReport;
}

/** Largest |a[i] − b[i]|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Evaluates one package on the validation rows against the reference predictions. */
async function evaluate(
  pkg: ModelPackage,
  validation: Encoded,
  reference: Float32Array,
  threshold: number,
  latencyRuns: number | null,
  signal: AbortSignal | undefined,
): Promise<VariantResult> {
  const model = await loadPackage(pkg);
  try {
    // Timed before anything else runs on the fresh model, so its first call is really cold.
    const latency = latencyRuns === null ? null : await measureLatency(model, validation, latencyRuns, signal);
    const p = await predictProba(model, validation, { signal });
    return { pkg, accuracy: accuracy(validation.y, p, threshold), maxAbsDiff: maxAbsDiff(p, reference), latency };
  } finally {
    model.dispose();
  }
}

/**
 * Packages `model` as float32 and as every quantized dtype, reloads each through
 * tfjs's loader and scores it on `validation` ([n × d] rows) at `threshold`.
 * Cost is linear in the rows (bounded prediction chunks). Leaves no tensors
 * behind, also when cancelled; the caller keeps `model`.
 */
export async function prepareDeployment(
  model: tf.LayersModel,
  validation: Encoded,
  threshold: number,
  options: DeployOptions = {},
): Promise<DeploymentResult> {
  const runs = options.latencyRuns ?? 50;
  const each = options.everyVariant ? runs : null;
  const { signal } = options;
  const reference = await predictProba(model, validation, { signal });
  const base = await float32Package(model);
  const float32 = await evaluate(base, validation, reference, threshold, each, signal);
  const variants: VariantResult[] = [];
  for (const dtype of QUANT_DTYPES)
    variants.push(await evaluate(quantizePackage(base, dtype), validation, reference, threshold, each, signal));
  if (float32.latency) return { float32, variants, latency: float32.latency };
  // Latency on a freshly loaded float32 model, so the first call is really cold.
  const fresh = await loadPackage(base);
  try {
    const latency = await measureLatency(fresh, validation, runs, signal);
    return { float32, variants, latency };
  } finally {
    fresh.dispose();
  }
}
