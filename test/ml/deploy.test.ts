import * as tf from '@tensorflow/tfjs';
import { prepareDeployment, type DeploymentResult } from '../../src/ml/deploy';
import { predictProba } from '../../src/ml/predict';
import { hitRate, trainRun, type SeedRun } from './helpers';

let run: SeedRun;
let result: DeploymentResult;
let tensorsBefore: number;
let tensorsAfter: number;

beforeAll(async () => {
  await tf.setBackend('cpu');
  run = await trainRun({ seed: 1 });
  tensorsBefore = tf.memory().numTensors;
  result = await prepareDeployment(run.result.model, run.data.validation, 0.5);
  tensorsAfter = tf.memory().numTensors;
});

afterAll(() => run.result.model.dispose());

describe('prepareDeployment', () => {
  it('returns the float16, uint16 and uint8 variants', () => {
    expect(result.variants.map((v) => v.pkg.dtype)).toEqual(['float16', 'uint16', 'uint8']);
    expect(result.float32.pkg.dtype).toBe('float32');
  });

  it('reports the float32 package at the model’s own validation accuracy, unchanged', async () => {
    const own = hitRate(run.data.validation.y, await predictProba(run.result.model, run.data.validation));
    expect(result.float32.accuracy).toBe(own);
    expect(result.float32.maxAbsDiff).toBe(0);
    expect(own).toBeCloseTo(run.result.epochs[run.result.epochs.length - 1].valAccuracy, 10);
  });

  it('keeps every variant within 1 point of float32, smaller, and measurably changed', () => {
    for (const v of result.variants) {
      expect(Math.abs(v.accuracy - result.float32.accuracy)).toBeLessThanOrEqual(0.01);
      expect(v.pkg.weightBytes).toBeLessThan(result.float32.pkg.weightBytes);
      expect(v.maxAbsDiff).toBeGreaterThan(0);
    }
    const [, uint16, uint8] = result.variants;
    expect(uint8.maxAbsDiff).toBeGreaterThan(uint16.maxAbsDiff); // 8 bits lose more than 16
  });

  it('measures latency on the validation rows', () => {
    const l = result.latency;
    expect(l.batchRows).toBe(run.data.validation.n);
    expect(l.p50Ms).toBeGreaterThan(0);
    expect(l.p50Ms).toBeLessThanOrEqual(l.p95Ms);
    expect(Number.isFinite(l.coldMs)).toBe(true);
  });

  it('leaks no tensors and leaves the caller’s model usable', async () => {
    expect(tensorsAfter).toBe(tensorsBefore);
    const p = await predictProba(run.result.model, run.data.validation);
    expect(p).toHaveLength(run.data.validation.n);
  });
});
