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
}

export interface DeploymentResult {
  readonly float32: VariantResult;
  readonly variants: VariantResult[];
  readonly latency: LatencyReport;
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
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
): Promise<VariantResult> {
  const model = await loadPackage(pkg);
  try {
    const p = await predictProba(model, validation);
    return { pkg, accuracy: accuracy(validation.y, p, threshold), maxAbsDiff: maxAbsDiff(p, reference) };
  } finally {
    model.dispose();
  }
}

export async function prepareDeployment(
  model: tf.LayersModel,
  validation: Encoded,
  threshold: number,
): Promise<DeploymentResult> {
  const reference = await predictProba(model, validation);
  const base = await float32Package(model);
  const float32 = await evaluate(base, validation, reference, threshold);
  const variants: VariantResult[] = [];
  for (const dtype of QUANT_DTYPES) variants.push(await evaluate(quantizePackage(base, dtype), validation, reference, threshold));
  // Latency on a freshly loaded float32 model, so the first call is really cold.
  const fresh = await loadPackage(base);
  try {
    const latency = await measureLatency(fresh, validation);
    return { float32, variants, latency };
  } finally {
    fresh.dispose();
  }
}
