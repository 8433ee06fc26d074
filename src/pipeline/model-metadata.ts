/**
 * The metadata file shipped beside model.json: everything a server needs to
 * turn a session into exactly the input the model was trained on, to turn the
 * model's probability into a decision, and to know what "good" looked like at
 * release time: the derived features' definitions and edge cases, the reject
 * rules and the policy for unknown categories and missing values (see
 * serving-contract.ts), and reference rows to replay. encodeWithMetadata is a
 * second, independent implementation of the encoding that reads only this
 * document, so the package can be checked.
 */
import type { PipelineConfig } from './config';
import type { EpochRecord } from './epochs';
import type { ValidationMetrics } from './metrics';
import type { Encoded, Preprocessor, Transform } from './prepare';
import type { ReferenceRow } from './reference-rows';
import { columnInfo, type FeatureColumnName } from './schema';
import { servingContract } from './serving-contract';
import type { Table } from './table';

export const METADATA_FORMAT = 'pipeline-lab/model-metadata';
/** 2: adds input.derivedFeatures, input.reject, the unknown-category and missing-value policy, and referenceRows. */
export const METADATA_VERSION = 2;

export type WeightsDtype = 'float32' | 'float16' | 'uint16' | 'uint8';

export interface MetadataFeature {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  readonly unit?: string;
  /** Numeric: applied to the raw value before standardising. */
  readonly transform?: Transform;
  readonly mean?: number;
  readonly std?: number;
  /** Categorical: category names in code order; one-hot, one input column each. */
  readonly categories?: readonly string[];
  /** The model input columns this feature fills, in order. */
  readonly columns: readonly string[];
}

export interface MetadataInput {
  /** ISO 8601 time the package was made. */
  readonly createdAt: string;
  readonly files: { readonly model: string; readonly weights: string; readonly metadata: string };
  readonly dtype: WeightsDtype;
  readonly bytes: { readonly topology: number; readonly weights: number };
  readonly shape: { readonly inputSize: number; readonly hidden1: number; readonly hidden2: number };
  readonly prep: Preprocessor;
  readonly threshold: number;
  /** Float32 metrics on the validation rows, and this package's accuracy after reloading it. */
  readonly validation: {
    readonly rows: number;
    readonly metrics: ValidationMetrics;
    readonly packageAccuracy: number;
    readonly maxAbsDiff: number;
  };
  readonly training: {
    readonly config: PipelineConfig;
    readonly rows: number;
    readonly epochs: readonly EpochRecord[];
    readonly backend: string;
  };
  readonly latency: {
    readonly backend: string;
    readonly p50Ms: number;
    readonly p95Ms: number;
    readonly budgetMs: number;
  } | null;
  /** Worked examples from the validation rows, scored by this package (see reference-rows.ts). */
  readonly referenceRows: readonly ReferenceRow[];
}

const STORAGE: Readonly<Record<WeightsDtype, string>> = {
  float32: 'float32, as trained',
  float16: 'IEEE half precision (quantization.dtype float16); tfjs converts to float32 on load',
  uint16: 'affine 16-bit per tensor: value = q × scale + min (quantization.dtype uint16); tfjs dequantizes on load',
  uint8: 'affine 8-bit per tensor: value = q × scale + min (quantization.dtype uint8); tfjs dequantizes on load',
};

function featuresOf(prep: Preprocessor): MetadataFeature[] {
  let j = 0;
  return prep.features.map((f) => {
    const unit = columnInfo(f.name)?.unit;
    if (f.categories) {
      const columns = prep.inputNames.slice(j, j + f.categories.length);
      j += f.categories.length;
      return { name: f.name, kind: 'categorical', categories: f.categories, columns };
    }
    const out: MetadataFeature = {
      name: f.name,
      kind: 'numeric',
      ...(unit ? { unit } : {}),
      transform: f.transform,
      mean: prep.means[j],
      std: prep.stds[j],
      columns: [prep.inputNames[j]],
    };
    j++;
    return out;
  });
}

/** Builds the metadata document (plain JSON-safe data) for one model package. */
export function buildModelMetadata(m: MetadataInput) {
  const { config } = m.training;
  const last = m.training.epochs[m.training.epochs.length - 1];
  const { confusion, ...metrics } = m.validation.metrics;
  return {
    format: METADATA_FORMAT,
    version: METADATA_VERSION,
    createdAt: m.createdAt,
    files: m.files,
    model: {
      architecture: `input(${m.shape.inputSize}) → Dense ${m.shape.hidden1} ReLU → Dense ${m.shape.hidden2} ReLU → Dense 1 sigmoid`,
      output: 'probability that the session converts (0–1)',
      weights: { dtype: m.dtype, storage: STORAGE[m.dtype] },
      bytes: { topology: m.bytes.topology, weights: m.bytes.weights, total: m.bytes.topology + m.bytes.weights },
    },
    input: {
      featureOrder: m.prep.features.map((f) => f.name),
      columns: [...m.prep.inputNames],
      features: featuresOf(m.prep),
      scaler: { means: [...m.prep.means], stds: [...m.prep.stds] },
      recipe:
        'Reject the session if a reject rule holds, a category is unknown or a value is missing (see reject, ' +
        'unknownCategory, missingValue). Compute the derived features as derivedFeatures says. Then for each feature ' +
        'in featureOrder: categorical → one 1 in the column of its category, 0 elsewhere; ' +
        'numeric → round the value to float32 (training stored every column as float32), then ' +
        't = log1p(max(0, value)) if transform is log1p, else value; then (t − mean) / std.',
      ...servingContract(m.prep.features.map((f) => f.name)),
    },
    decision: { threshold: m.threshold, rule: 'converted when probability ≥ threshold' },
    validation: {
      rows: m.validation.rows,
      ...metrics,
      confusion,
      thisPackage: { accuracy: m.validation.packageAccuracy, maxAbsDiffFromFloat32: m.validation.maxAbsDiff },
    },
    training: {
      seed: config.seed,
      rows: m.training.rows,
      epochs: m.training.epochs.length,
      finalLoss: last?.loss ?? null,
      finalValLoss: last?.valLoss ?? null,
      backend: m.training.backend,
      config: { ...config },
    },
    serving: { latency: m.latency },
    referenceRows: m.referenceRows,
  };
}

export type ModelMetadata = ReturnType<typeof buildModelMetadata>;

/** A session the serving rules turn away, with the reason (never an all-zero one-hot or a NaN input). */
export class SessionRejected extends Error {
  constructor(
    readonly reason: 'unknown category' | 'missing value',
    readonly feature: string,
  ) {
    super(`Session rejected: ${reason} in ${feature}`);
    this.name = 'SessionRejected';
  }
}

/**
 * Encodes one session from the metadata document alone (what a server would do).
 * @param values raw feature values in metadata.input.featureOrder; a categorical
 *   value is its category name or its code
 * @returns the model input row, length input.columns.length
 * @throws SessionRejected for an unknown category or a missing (null, absent, non-finite) value
 */
export function encodeWithMetadata(
  meta: Pick<ModelMetadata, 'input'>,
  values: readonly (number | string | null | undefined)[],
): Float32Array {
  const out = new Float32Array(meta.input.columns.length);
  let j = 0;
  meta.input.features.forEach((f, i) => {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) {
      throw new SessionRejected('missing value', f.name);
    }
    if (f.categories) {
      const code = typeof v === 'string' ? f.categories.indexOf(v) : v;
      if (!Number.isInteger(code) || code < 0 || code >= f.categories.length)
        throw new SessionRejected('unknown category', f.name);
      for (let k = 0; k < f.categories.length; k++) out[j + k] = code === k ? 1 : 0;
      j += f.categories.length;
      return;
    }
    // Training stores every column as float32: round the value (a derived one computed in double) the same way.
    const x = Math.fround(Number(v));
    if (!Number.isFinite(x)) throw new SessionRejected('missing value', f.name);
    // Rounded to float32 before scaling, as the training encoder does, so both give identical bits.
    const t = Math.fround(f.transform === 'log1p' ? Math.log1p(Math.max(0, x)) : x);
    out[j] = (t - (f.mean ?? 0)) / (f.std ?? 1);
    j++;
  });
  return out;
}

/**
 * Re-encodes `rows` of `table` from the metadata document alone and compares
 * with the training encoder's output `expected` ([rows × d]).
 * @returns the largest |difference| over every input (0 when the metadata is complete)
 */
export function contractDiff(
  meta: Pick<ModelMetadata, 'input'>,
  table: Table<FeatureColumnName>,
  rows: ArrayLike<number>,
  expected: Pick<Encoded, 'x' | 'd'>,
): number {
  const names = meta.input.featureOrder as FeatureColumnName[];
  if (meta.input.columns.length !== expected.d) return Infinity;
  let worst = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = encodeWithMetadata(
      meta,
      names.map((n) => table.columns[n][rows[r]]),
    );
    for (let j = 0; j < expected.d; j++) worst = Math.max(worst, Math.abs(row[j] - expected.x[r * expected.d + j]));
  }
  return worst;
}
