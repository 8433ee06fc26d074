import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { predictProba } from '../../src/ml/predict';
import {
  affineParams,
  float32Package,
  loadPackage,
  modelJson,
  QUANT_DTYPES,
  quantize,
  quantizePackage,
  type ModelPackage,
} from '../../src/ml/quantize';
import { fileHandler, hitRate, trainRun, type SeedRun } from './helpers';

let run: SeedRun;
let base: ModelPackage;
let reference: Float32Array;
let float32Accuracy: number;
let dir: string;

const RATIO = { float16: 1 / 2, uint16: 1 / 2, uint8: 1 / 4 } as const;

beforeAll(async () => {
  await tf.setBackend('cpu');
  run = await trainRun({ seed: 42 });
  base = await float32Package(run.result.model);
  reference = await predictProba(run.result.model, run.data.validation);
  float32Accuracy = hitRate(run.data.validation.y, reference);
  dir = await mkdtemp(join(tmpdir(), 'pipeline-lab-quantize-'));
});

afterAll(async () => {
  run.result.model.dispose();
  await rm(dir, { recursive: true, force: true });
});

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('affineParams', () => {
  const cases: [string, number[]][] = [
    ['mixed signs', [-0.73, 0.12, 0.5, -0.01, 1.9]],
    ['all positive', [0.3, 0.9, 2.5]],
    ['all negative', [-4.2, -0.7, -1.1]],
    ['tiny range', [-1e-4, 3e-5]],
    ['all zero', [0, 0, 0]],
  ];
  describe.each([255, 65535])('with %i levels', (levels) => {
    it.each(cases)('keeps 0 exact (%s)', (_name, values) => {
      const { scale, min } = affineParams(new Float32Array(values), levels);
      expect(scale).toBeGreaterThan(0);
      const q0 = Math.round((0 - min) / scale);
      expect(q0).toBeGreaterThanOrEqual(0);
      expect(q0).toBeLessThanOrEqual(levels);
      expect(q0 * scale + min).toBe(0);
      expect(Math.fround(q0 * scale + min)).toBe(0); // also after tfjs's float32 decode
    });

    it.each(cases)('covers the values to within one step (%s)', (_name, values) => {
      const { scale, min } = affineParams(new Float32Array(values), levels);
      for (const v of new Float32Array(values)) {
        const q = Math.min(levels, Math.max(0, Math.round((v - min) / scale)));
        expect(Math.abs(q * scale + min - v)).toBeLessThanOrEqual(scale * (1 + 1e-9));
      }
    });
  });

  it('keeps exact zeros exact through tfjs’s uint8 decoder', async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 4, kernelInitializer: tf.initializers.randomNormal({ seed: 5 }) }));
    try {
      const [kernel] = model.getWeights();
      const values = kernel.dataSync().slice();
      values[0] = 0;
      values[5] = 0;
      const replacement = [tf.tensor2d(values, [3, 4]), tf.tensor1d([0.25, 0, -0.5, 0])];
      model.setWeights(replacement);
      tf.dispose(replacement);
      const loaded = await loadPackage(await quantize(model, 'uint8'));
      const [k, b] = loaded.getWeights().map((w) => Array.from(w.dataSync()));
      loaded.dispose();
      expect(k[0]).toBe(0);
      expect(k[5]).toBe(0);
      expect(b[1]).toBe(0);
      expect(b[3]).toBe(0);
    } finally {
      model.dispose();
    }
  });
});

describe('float32Package', () => {
  it('holds 385 float32 weights and no quantization key in any spec', () => {
    expect(base.dtype).toBe('float32');
    expect(base.weightBytes).toBe(385 * 4);
    expect(base.weightData.byteLength).toBe(base.weightBytes);
    const specs = base.artifacts.weightSpecs!;
    expect(specs.map((s) => s.shape)).toEqual([[14, 16], [16], [16, 8], [8], [8, 1], [1]]);
    for (const spec of specs) {
      expect(spec.dtype).toBe('float32');
      expect('quantization' in spec).toBe(false);
    }
    expect(base.topologyBytes).toBe(new TextEncoder().encode(JSON.stringify(base.artifacts.modelTopology)).length);
  });
});

describe('quantizePackage input check', () => {
  it.each(QUANT_DTYPES)('refuses a package that is already %s, with a clear error', (dtype) => {
    const once = quantizePackage(base, dtype);
    expect(() => quantizePackage(once, 'uint8')).toThrow(
      `quantizePackage needs a raw float32 package, but it is already ${dtype}: quantize the trained model instead`,
    );
  });

  it('refuses float32-labelled packages whose specs or bytes are not raw float32', () => {
    const specs = base.artifacts.weightSpecs!;
    const quantizedSpec = {
      ...base,
      artifacts: { ...base.artifacts, weightSpecs: quantizePackage(base, 'uint8').artifacts.weightSpecs },
    };
    expect(() => quantizePackage(quantizedSpec, 'uint8')).toThrow(`weight "${specs[0].name}" is stored as uint8`);
    const int32Spec = {
      ...base,
      artifacts: { ...base.artifacts, weightSpecs: [{ ...specs[0], dtype: 'int32' as const }, ...specs.slice(1)] },
    };
    expect(() => quantizePackage(int32Spec, 'float16')).toThrow(`weight "${specs[0].name}" is stored as int32`);
    const short = { ...base, weightData: base.weightData.slice(0, base.weightBytes / 4) };
    expect(() => quantizePackage(short, 'uint16')).toThrow(`its weights are 385 bytes, not the 1540 that float32 needs`);
  });
});

describe.each(QUANT_DTYPES)('quantizePackage → loadPackage (%s)', (dtype) => {
  it(`shrinks the weights to ${RATIO[dtype]} of float32`, () => {
    const pkg = quantizePackage(base, dtype);
    expect(pkg.dtype).toBe(dtype);
    expect(pkg.weightBytes).toBe(base.weightBytes * RATIO[dtype]);
    expect(pkg.weightData.byteLength).toBe(pkg.weightBytes);
    expect(pkg.topologyBytes).toBe(base.topologyBytes);
    expect(pkg.totalBytes).toBe(pkg.jsonBytes + pkg.weightBytes);
  });

  it('writes specs tfjs can decode: float32 dtype, a defined quantization of this dtype', () => {
    const specs = quantizePackage(base, dtype).artifacts.weightSpecs!;
    expect(specs.map((s) => s.name)).toEqual(base.artifacts.weightSpecs!.map((s) => s.name));
    for (const spec of specs) {
      expect(spec.dtype).toBe('float32');
      expect(spec.quantization).toBeDefined();
      expect(spec.quantization!.dtype).toBe(dtype);
      if (dtype !== 'float16') {
        expect(spec.quantization!.scale).toBeGreaterThan(0);
        expect(Number.isFinite(spec.quantization!.min)).toBe(true);
        expect(spec.quantization!.min).toBeLessThanOrEqual(0);
      }
    }
    expect(JSON.stringify(specs)).not.toContain('null');
  });

  it('predicts the validation rows within 1 point of float32 accuracy', async () => {
    const before = tf.memory().numTensors;
    const model = await loadPackage(quantizePackage(base, dtype));
    try {
      const p = await predictProba(model, run.data.validation);
      expect(Math.abs(hitRate(run.data.validation.y, p) - float32Accuracy)).toBeLessThanOrEqual(0.01);
      const diff = maxAbsDiff(p, reference);
      expect(diff).toBeGreaterThan(0); // the weights really changed
      expect(diff).toBeLessThan(dtype === 'uint8' ? 0.05 : 0.005);
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('loadPackage', () => {
  it('loads the float32 package back with identical predictions', async () => {
    const model = await loadPackage(base);
    try {
      expect(Array.from(await predictProba(model, run.data.validation))).toEqual(Array.from(reference));
    } finally {
      model.dispose();
    }
  });
});

describe('modelJson', () => {
  it('lists the weights file in the manifest with the package’s specs', () => {
    const pkg = quantizePackage(base, 'uint8');
    const doc = modelJson(pkg, 'weights.bin');
    expect(doc.modelTopology).toEqual(base.artifacts.modelTopology);
    expect(doc.weightsManifest).toHaveLength(1);
    expect(doc.weightsManifest[0].paths).toEqual(['weights.bin']);
    expect(doc.weightsManifest[0].weights).toEqual(pkg.artifacts.weightSpecs);
    expect(doc.convertedBy).toBe('Pipeline Lab');
    const text = JSON.stringify(doc);
    expect(JSON.parse(text).weightsManifest[0].weights[0].quantization.dtype).toBe('uint8');
  });

  it.each(['float32', ...QUANT_DTYPES] as const)(
    'round-trips %s through model.json + weights on disk and tf.loadLayersModel',
    async (dtype) => {
      const pkg = dtype === 'float32' ? base : quantizePackage(base, dtype);
      const sub = join(dir, dtype);
      await mkdir(sub, { recursive: true });
      await writeFile(join(sub, 'model.json'), JSON.stringify(modelJson(pkg, 'model.weights.bin')));
      await writeFile(join(sub, 'model.weights.bin'), new Uint8Array(pkg.weightData));
      const before = tf.memory().numTensors;
      const fromDisk = await tf.loadLayersModel(fileHandler(sub));
      const fromMemory = await loadPackage(pkg);
      try {
        const a = await predictProba(fromDisk, run.data.validation);
        const b = await predictProba(fromMemory, run.data.validation);
        expect(Array.from(a)).toEqual(Array.from(b));
        expect(maxAbsDiff(a, reference)).toBeLessThan(0.05);
      } finally {
        fromDisk.dispose();
        fromMemory.dispose();
      }
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});

describe('quantize', () => {
  it('equals quantizePackage of the float32 package and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const pkg = await quantize(run.result.model, 'uint16');
    expect(new Uint8Array(pkg.weightData)).toEqual(new Uint8Array(quantizePackage(base, 'uint16').weightData));
    expect(tf.memory().numTensors).toBe(before);
  });
});
