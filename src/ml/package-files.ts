/**
 * The downloadable model package as plain data: `<name>.json` (topology and
 * weights manifest, what tf.loadLayersModel reads), `<name>.weights.bin` and
 * `<name>.metadata.json` (how to serve it). The worker builds them; the page
 * saves them (tf.io.browserDownloads needs a document, which a worker has not).
 */
import { validationMetrics } from '../pipeline/metrics';
import { buildModelMetadata, type ModelMetadata } from '../pipeline/model-metadata';
import { referenceRows } from '../pipeline/reference-rows';
import { maxAbsDiff } from './deploy';
import { predictProba } from './predict';
import {
  float32Package,
  loadPackage,
  modelJson,
  quantizePackage,
  weightsFileName,
  type ModelPackage,
  type QuantDtype,
} from './quantize';
import type { ServingContext } from './serving-context';

export type PackageDtype = 'float32' | QuantDtype;

export interface PackageFiles {
  readonly dtype: PackageDtype;
  readonly modelJson: { readonly name: string; readonly text: string };
  readonly weights: { readonly name: string; readonly data: ArrayBuffer };
  readonly metadata: { readonly name: string; readonly text: string };
}

/** The latency written into a package's metadata (measured on the page's active backend, ms). */
export interface PackageLatency {
  readonly backend: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly budgetMs: number;
}

export interface PackageOptions {
  readonly threshold: number;
  /** ISO 8601 time stamp written into the metadata. */
  readonly createdAt: string;
  readonly latency: PackageLatency | null;
  /** Checked between prediction chunks: an abort stops the work with WorkCancelled. */
  readonly signal?: AbortSignal;
}

/** File names for a variant, following tf.io.browserDownloads' `<name>.json` + `<name>.weights.bin`. */
export function packageNames(dtype: PackageDtype): { model: string; weights: string; metadata: string } {
  const base = `pipeline-lab-${dtype}`;
  return { model: `${base}.json`, weights: weightsFileName(dtype), metadata: `${base}.metadata.json` };
}

/** The package of `ctx.model` stored as `dtype` (float32 as trained, or quantized). */
export async function packageOf(ctx: ServingContext, dtype: PackageDtype): Promise<ModelPackage> {
  const base = await float32Package(ctx.model);
  return dtype === 'float32' ? base : quantizePackage(base, dtype);
}

/** The metadata document for `pkg`, with its accuracy measured after reloading it. */
export async function metadataFor(ctx: ServingContext, pkg: ModelPackage, o: PackageOptions): Promise<ModelMetadata> {
  const { data, trained } = ctx;
  const p = await predictProba(ctx.model, data.validation, { signal: o.signal });
  const loaded = await loadPackage(pkg);
  let q: Float32Array;
  try {
    q = await predictProba(loaded, data.validation, { signal: o.signal });
  } finally {
    loaded.dispose();
  }
  const metrics = validationMetrics(data.validation.y, p, o.threshold);
  const packageMetrics = validationMetrics(data.validation.y, q, o.threshold);
  const files = packageNames(pkg.dtype);
  return buildModelMetadata({
    createdAt: o.createdAt,
    files: { model: files.model, weights: files.weights, metadata: files.metadata },
    dtype: pkg.dtype,
    bytes: { topology: pkg.topologyBytes, weights: pkg.weightBytes },
    shape: { inputSize: data.train.d, hidden1: trained.hidden1, hidden2: trained.hidden2 },
    prep: data.prep,
    threshold: o.threshold,
    validation: { rows: data.validation.n, metrics, packageAccuracy: packageMetrics.accuracy, maxAbsDiff: maxAbsDiff(p, q) },
    training: { config: { ...trained, threshold: o.threshold }, rows: data.train.n, epochs: ctx.epochs, backend: ctx.backend },
    latency: o.latency,
    referenceRows: referenceRows(data.features, data.split.validation, data.featureNames, data.validation, q, o.threshold),
  });
}

/** The three files of the `dtype` package. */
export async function buildPackageFiles(ctx: ServingContext, dtype: PackageDtype, o: PackageOptions): Promise<PackageFiles> {
  const pkg = await packageOf(ctx, dtype);
  const names = packageNames(dtype);
  const meta = await metadataFor(ctx, pkg, o);
  return {
    dtype,
    modelJson: { name: names.model, text: JSON.stringify(modelJson(pkg, names.weights)) },
    weights: { name: names.weights, data: pkg.weightData.slice(0) },
    metadata: { name: names.metadata, text: JSON.stringify(meta, null, 2) },
  };
}
