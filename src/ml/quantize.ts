/**
 * Weight quantization in tfjs's own weights-manifest format. tfjs can decode
 * `quantization: { dtype: 'uint8' | 'uint16', scale, min }` (value = q·scale + min)
 * and `{ dtype: 'float16' }` but has no JS encoder, so the bytes are written here:
 * affine, one scale/min per tensor, with min nudged so that 0 stays exact.
 */
import * as tf from '@tensorflow/tfjs';
import { float16Bits } from './float16';

export type QuantDtype = 'float16' | 'uint16' | 'uint8';
export const QUANT_DTYPES: readonly QuantDtype[] = ['float16', 'uint16', 'uint8'];

export interface ModelPackage {
  readonly dtype: 'float32' | QuantDtype;
  /** modelTopology, weightSpecs and weightData, as tfjs's loader expects them. */
  readonly artifacts: tf.io.ModelArtifacts;
  readonly weightData: ArrayBuffer;
  /** Bytes of the topology JSON alone. */
  readonly topologyBytes: number;
  /** Bytes of `<name>.json` as downloaded: topology plus weights manifest (see modelJson). */
  readonly jsonBytes: number;
  /** Bytes of the weights file. */
  readonly weightBytes: number;
  /** What a download of the model really weighs: jsonBytes + weightBytes. */
  readonly totalBytes: number;
}

/** The weights file a package is saved as (tf.io.browserDownloads' `<name>.weights.bin`). */
export const weightsFileName = (dtype: ModelPackage['dtype']): string => `pipeline-lab-${dtype}.weights.bin`;

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Captures the model's float32 artifacts without writing anywhere. */
export async function modelArtifacts(model: tf.LayersModel): Promise<tf.io.ModelArtifacts> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      captured = a;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(a) };
    }),
  );
  if (!captured) throw new Error('model.save produced no artifacts');
  return captured;
}

function packageOf(
  dtype: ModelPackage['dtype'],
  base: tf.io.ModelArtifacts,
  specs: tf.io.WeightsManifestEntry[],
  data: ArrayBuffer,
): ModelPackage {
  const artifacts: tf.io.ModelArtifacts = { ...base, weightSpecs: specs, weightData: data };
  const topologyBytes = utf8Bytes(JSON.stringify(base.modelTopology));
  const jsonBytes = utf8Bytes(JSON.stringify(modelJson({ artifacts }, weightsFileName(dtype))));
  const weightBytes = data.byteLength;
  return { dtype, artifacts, weightData: data, topologyBytes, jsonBytes, weightBytes, totalBytes: jsonBytes + weightBytes };
}

/** The float32 package of a model (the baseline the variants are compared with). */
export async function float32Package(model: tf.LayersModel): Promise<ModelPackage> {
  const a = await modelArtifacts(model);
  const data = tf.io.concatenateArrayBuffers(a.weightData as ArrayBuffer | ArrayBuffer[]);
  return packageOf('float32', a, a.weightSpecs ?? [], data);
}

/** Affine parameters for `values` in [0, levels]: 0 maps exactly to an integer. */
export function affineParams(values: Float32Array, levels: number): { scale: number; min: number } {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === lo) return { scale: 1, min: lo };
  const scale = (hi - lo) / levels;
  const zero = Math.round(-lo / scale);
  return { scale, min: -zero * scale };
}

function encodeTensor(
  values: Float32Array,
  dtype: QuantDtype,
): { bytes: Uint8Array; quantization: tf.io.WeightsManifestEntry['quantization'] } {
  if (dtype === 'float16') {
    const out = new Uint16Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = float16Bits(values[i]);
    return { bytes: new Uint8Array(out.buffer), quantization: { dtype: 'float16' } };
  }
  const levels = dtype === 'uint8' ? 255 : 65535;
  const { scale, min } = affineParams(values, levels);
  const out = dtype === 'uint8' ? new Uint8Array(values.length) : new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.min(levels, Math.max(0, Math.round((values[i] - min) / scale)));
  return { bytes: new Uint8Array(out.buffer), quantization: { dtype, scale, min } };
}

/** Throws unless `pkg` is raw float32: float32 specs, none quantized, 4 bytes per weight. */
function assertRawFloat32(pkg: ModelPackage): void {
  const specs = pkg.artifacts.weightSpecs ?? [];
  const bad = specs.find((s) => s.dtype !== 'float32' || 'quantization' in s);
  const expected = specs.reduce((n, s) => n + 4 * s.shape.reduce((a, b) => a * b, 1), 0);
  const problem =
    pkg.dtype !== 'float32'
      ? `it is already ${pkg.dtype}`
      : bad
        ? `weight "${bad.name}" is stored as ${bad.quantization?.dtype ?? bad.dtype}`
        : pkg.weightData.byteLength !== expected
          ? `its weights are ${pkg.weightData.byteLength} bytes, not the ${expected} that float32 needs`
          : null;
  if (problem) throw new Error(`quantizePackage needs a raw float32 package, but ${problem}: quantize the trained model instead`);
}

/** Re-encodes every float32 weight of `pkg` as `dtype`; throws for anything but a raw float32 package. */
export function quantizePackage(pkg: ModelPackage, dtype: QuantDtype): ModelPackage {
  assertRawFloat32(pkg);
  const specs = pkg.artifacts.weightSpecs ?? [];
  const chunks: Uint8Array[] = [];
  const outSpecs: tf.io.WeightsManifestEntry[] = [];
  let offset = 0;
  for (const spec of specs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(pkg.weightData.slice(offset, offset + count * 4));
    offset += count * 4;
    const { bytes, quantization } = encodeTensor(values, dtype);
    chunks.push(bytes);
    outSpecs.push({ name: spec.name, shape: spec.shape, dtype: 'float32', quantization });
  }
  const total = chunks.reduce((s, c) => s + c.byteLength, 0);
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.byteLength;
  }
  return packageOf(dtype, pkg.artifacts, outSpecs, data.buffer);
}

/** Quantizes a model's weights; see quantizePackage. */
export async function quantize(model: tf.LayersModel, dtype: QuantDtype): Promise<ModelPackage> {
  return quantizePackage(await float32Package(model), dtype);
}

/** Loads a package back through tfjs's own loader (decodeWeights dequantizes). Caller disposes. */
export function loadPackage(pkg: ModelPackage): Promise<tf.LayersModel> {
  return tf.loadLayersModel(tf.io.fromMemory(pkg.artifacts));
}

/** The `model.json` document for a package whose weights are saved as `weightsFile`. */
export function modelJson(pkg: Pick<ModelPackage, 'artifacts'>, weightsFile: string): tf.io.ModelJSON {
  return {
    modelTopology: pkg.artifacts.modelTopology as tf.io.ModelJSON['modelTopology'],
    format: pkg.artifacts.format,
    generatedBy: pkg.artifacts.generatedBy,
    convertedBy: 'Pipeline Lab',
    weightsManifest: [{ paths: [weightsFile], weights: pkg.artifacts.weightSpecs ?? [] }],
  };
}
