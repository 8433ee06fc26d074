/**
 * The downloadable package, built by the app's own code path (buildPackageFiles, which the engine's
 * packageFiles calls), written to disk and loaded back by tfjs's loader from files.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { prepareDeployment } from '../../src/ml/deploy';
import { buildPackageFiles, packageNames, packageOf, type PackageDtype, type PackageFiles } from '../../src/ml/package-files';
import { deploymentSummary } from '../../src/ml/run-pipeline';
import { predictProba } from '../../src/ml/predict';
import type { ServingContext } from '../../src/ml/serving-context';
import { contractDiff, METADATA_FORMAT, METADATA_VERSION, type ModelMetadata } from '../../src/pipeline/model-metadata';
import { DEVICES, SOURCES } from '../../src/pipeline/schema';
import { fileHandler, hitRate, trainRun, type SeedRun } from './helpers';
import { replayPackage } from './replay-package';

const DTYPES: PackageDtype[] = ['float32', 'float16', 'uint16', 'uint8'];
const CREATED = '2026-03-01T12:00:00.000Z';
const LATENCY = { backend: 'cpu', p50Ms: 0.5, p95Ms: 0.9, budgetMs: 50 };

let run: SeedRun;
let ctx: ServingContext;
let dir: string;
let float32Accuracy: number;
const files = new Map<PackageDtype, PackageFiles>();

beforeAll(async () => {
  await tf.setBackend('cpu');
  run = await trainRun({ seed: 42 });
  ctx = { model: run.result.model, data: run.data, trained: run.config, epochs: run.result.epochs, backend: 'cpu' };
  float32Accuracy = hitRate(run.data.validation.y, await predictProba(run.result.model, run.data.validation));
  dir = await mkdtemp(join(tmpdir(), 'pipeline-lab-package-'));
  const before = tf.memory().numTensors;
  for (const dtype of DTYPES)
    files.set(dtype, await buildPackageFiles(ctx, dtype, { threshold: 0.5, createdAt: CREATED, latency: LATENCY }));
  expect(tf.memory().numTensors).toBe(before);
});

afterAll(async () => {
  run.result.model.dispose();
  await rm(dir, { recursive: true, force: true });
});

const metaOf = (dtype: PackageDtype): ModelMetadata => JSON.parse(files.get(dtype)!.metadata.text) as ModelMetadata;

describe.each(DTYPES)('the %s package', (dtype) => {
  it('is three files named like tf.io.browserDownloads names them', () => {
    const f = files.get(dtype)!;
    expect([f.modelJson.name, f.weights.name, f.metadata.name]).toEqual([
      `pipeline-lab-${dtype}.json`,
      `pipeline-lab-${dtype}.weights.bin`,
      `pipeline-lab-${dtype}.metadata.json`,
    ]);
    expect(packageNames(dtype).model).toBe(f.modelJson.name);
    const json = JSON.parse(f.modelJson.text) as tf.io.ModelJSON;
    expect(json.weightsManifest).toHaveLength(1);
    expect(json.weightsManifest[0].paths).toEqual([f.weights.name]);
    const bytesPer = { float32: 4, float16: 2, uint16: 2, uint8: 1 }[dtype];
    const count = json.weightsManifest[0].weights.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1), 0);
    expect(f.weights.data.byteLength).toBe(count * bytesPer);
    for (const w of json.weightsManifest[0].weights) {
      if (dtype === 'float32') expect('quantization' in w).toBe(false);
      else expect(w.quantization?.dtype).toBe(dtype);
    }
  });

  it('loads from files with tf.loadLayersModel and predicts the validation rows within 1 point of float32', async () => {
    const f = files.get(dtype)!;
    const sub = join(dir, dtype);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, f.modelJson.name), f.modelJson.text);
    await writeFile(join(sub, f.weights.name), new Uint8Array(f.weights.data));
    await writeFile(join(sub, f.metadata.name), f.metadata.text);
    const before = tf.memory().numTensors;
    const model = await tf.loadLayersModel(fileHandler(sub, f.modelJson.name));
    try {
      const accuracy = hitRate(run.data.validation.y, await predictProba(model, run.data.validation));
      expect(Math.abs(accuracy - float32Accuracy)).toBeLessThanOrEqual(0.01);
      expect(metaOf(dtype).validation.thisPackage.accuracy).toBe(accuracy);
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('carries reference rows that replay through the saved files: raw session → encoded input → probability', async () => {
    const sub = join(dir, dtype); // written by the test above
    const before = tf.memory().numTensors;
    const { meta, rows } = await replayPackage(sub, `pipeline-lab-${dtype}`);
    expect(tf.memory().numTensors).toBe(before);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // The edge cases are covered: a first (or long-ago) click, a recent one, a session without clicks.
    expect(rows.some((r) => r.derived.time_since_last_click === 720)).toBe(true);
    expect(rows.some((r) => r.derived.time_since_last_click < 720)).toBe(true);
    expect(rows.some((r) => r.reference.session.clicks === 0)).toBe(true);
    for (const r of rows) {
      for (const [name, v] of Object.entries(r.reference.derived)) expect(Math.fround(r.derived[name])).toBe(v);
      expect(Array.from(r.encoded)).toEqual(r.reference.encoded);
      expect(r.probability).toBeCloseTo(r.reference.probability, 6);
      expect(r.reference.decision).toBe(r.reference.probability >= meta.decision.threshold ? 1 : 0);
    }
  });
});

describe('the metadata file', () => {
  it('names its format, version, time, files and weights storage', () => {
    const meta = metaOf('uint8');
    expect(meta.format).toBe(METADATA_FORMAT);
    expect(meta.version).toBe(METADATA_VERSION);
    expect(meta.createdAt).toBe(CREATED);
    expect(meta.files).toEqual(packageNames('uint8'));
    expect(meta.model.weights.dtype).toBe('uint8');
    expect(meta.model.architecture).toBe('input(14) → Dense 16 ReLU → Dense 8 ReLU → Dense 1 sigmoid');
    const f = files.get('uint8')!;
    expect(meta.model.bytes.weights).toBe(f.weights.data.byteLength);
    expect(meta.model.bytes.total).toBe(meta.model.bytes.topology + meta.model.bytes.weights);
  });

  it('holds the feature order, the scaler and the categorical encoding the model was trained with', () => {
    const meta = metaOf('uint8');
    const { prep } = run.data;
    expect(meta.input.featureOrder).toEqual(run.data.featureNames);
    expect(meta.input.columns).toEqual(prep.inputNames);
    expect(meta.input.scaler).toEqual({ means: prep.means, stds: prep.stds });
    expect(meta.input.features.find((f) => f.name === 'device')).toEqual({
      name: 'device',
      kind: 'categorical',
      categories: [...DEVICES],
      columns: DEVICES.map((d) => `device=${d}`),
    });
    expect(meta.input.features.find((f) => f.name === 'source')?.categories).toEqual([...SOURCES]);
    const rate = meta.input.features.find((f) => f.name === 'click_rate');
    const j = prep.inputNames.indexOf('click_rate');
    expect(rate).toMatchObject({ kind: 'numeric', transform: 'none', mean: prep.means[j], std: prep.stds[j] });
    expect(meta.input.features.find((f) => f.name === 'clicks')?.transform).toBe('log1p');
  });

  it('is enough on its own to re-create the training encoding exactly', () => {
    const meta = metaOf('float16');
    expect(contractDiff(meta, run.data.features, run.data.split.validation, run.data.validation)).toBe(0);
  });

  it('records the threshold, the validation metrics, the seed and configuration, and the latency', () => {
    const meta = metaOf('float32');
    expect(meta.decision.threshold).toBe(0.5);
    expect(meta.validation.rows).toBe(run.data.validation.n);
    expect(meta.validation.accuracy).toBeCloseTo(float32Accuracy, 12);
    for (const k of ['loss', 'auc', 'precision', 'recall', 'f1'] as const) expect(Number.isFinite(meta.validation[k])).toBe(true);
    expect(meta.validation.thisPackage.maxAbsDiffFromFloat32).toBe(0);
    expect(meta.training.seed).toBe(42);
    expect(meta.training.config).toEqual({ ...run.config, threshold: 0.5 });
    expect(meta.training.rows).toBe(run.data.train.n);
    expect(meta.training.epochs).toBe(run.config.epochs);
    expect(meta.serving.latency).toEqual(LATENCY);
  });
});

describe('package byte counts', () => {
  it('are the bytes of the files a download writes: model JSON (topology + manifest) + weights', async () => {
    const summary = deploymentSummary(await prepareDeployment(ctx.model, run.data.validation, 0.5, { latencyRuns: 2 }));
    const reported = new Map<string, number>([
      ['float32', summary.float32Bytes],
      ...summary.variants.map((v) => [v.dtype, v.totalBytes] as [string, number]),
    ]);
    for (const dtype of DTYPES) {
      const f = files.get(dtype)!;
      const sub = join(dir, `bytes-${dtype}`);
      await mkdir(sub, { recursive: true });
      await writeFile(join(sub, f.modelJson.name), f.modelJson.text);
      await writeFile(join(sub, f.weights.name), new Uint8Array(f.weights.data));
      const jsonOnDisk = (await stat(join(sub, f.modelJson.name))).size;
      const weightsOnDisk = (await stat(join(sub, f.weights.name))).size;
      const pkg = await packageOf(ctx, dtype);
      expect(pkg.jsonBytes, dtype).toBe(jsonOnDisk);
      expect(pkg.weightBytes, dtype).toBe(weightsOnDisk);
      expect(pkg.totalBytes, dtype).toBe(jsonOnDisk + weightsOnDisk);
      expect(reported.get(dtype), dtype).toBe(jsonOnDisk + weightsOnDisk);
      // The manifest is real weight: the file is larger than the topology alone.
      expect(jsonOnDisk).toBeGreaterThan(pkg.topologyBytes);
    }
  });
});
