/**
 * Stage 6 for the dot view: every float32 weight next to the value it becomes
 * in the uint8 package (q·scale + min, as tfjs's loader decodes it), and the
 * validation rows whose decision changes when the uint8 package, loaded back
 * through tfjs, serves them. Plain data only.
 */
import type * as tf from '@tensorflow/tfjs';
import type { QuantizedWeights } from '../pipeline/dot-layout/layout-deployment';
import type { Encoded } from '../pipeline/prepare';
import { predictProba } from './predict';
import { float32Package, loadPackage, quantizePackage } from './quantize';

/** Weights before/after the uint8 round trip and the rows whose decision changes (shape in pipeline/dot-layout). */
export type QuantizationView = QuantizedWeights;

/** Builds the view for `model` on `validation` at `threshold`; leaves no tensors behind. */
export async function quantizationView(model: tf.LayersModel, validation: Encoded, threshold: number): Promise<QuantizationView> {
  const base = await float32Package(model);
  const uint8 = quantizePackage(base, 'uint8');
  const weights = new Float32Array(base.weightData.slice(0));
  const quantized = new Float32Array(weights.length);
  const tensorOf = new Uint8Array(weights.length);
  const tensors: { name: string; count: number; scale: number; min: number }[] = [];
  let at = 0;
  (uint8.artifacts.weightSpecs ?? []).forEach((spec, k) => {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const q = spec.quantization;
    const scale = q?.scale ?? 1;
    const min = q?.min ?? 0;
    tensors.push({ name: spec.name, count, scale, min });
    for (let i = at; i < at + count; i++) {
      // Float32 maths, as tfjs's decodeWeights does.
      const level = Math.min(255, Math.max(0, Math.round((weights[i] - min) / scale)));
      quantized[i] = Math.fround(Math.fround(level * Math.fround(scale)) + Math.fround(min));
      tensorOf[i] = k;
    }
    at += count;
  });
  const reference = await predictProba(model, validation);
  const loaded = await loadPackage(uint8);
  let served: Float32Array;
  try {
    served = await predictProba(loaded, validation);
  } finally {
    loaded.dispose();
  }
  const changed: number[] = [];
  for (let i = 0; i < reference.length; i++) if (reference[i] >= threshold !== served[i] >= threshold) changed.push(i);
  return {
    weights,
    quantized,
    tensorOf,
    tensors,
    changed: Uint32Array.from(changed),
    validationRows: validation.n,
    threshold,
  };
}
