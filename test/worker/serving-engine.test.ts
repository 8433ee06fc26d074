/**
 * Stage 6's engine calls through comlink, as the page makes them: the deployment report, the
 * reproducibility check, the backend race, the skew demo and the package files. Only plain data
 * crosses; nothing leaks.
 */
import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { resolveConfig } from '../../src/pipeline/config';
import { SKEW_IDS } from '../../src/pipeline/skew';
import { LabEngine } from '../../src/worker/engine';
import { wrapEngine, type EngineClient } from '../../src/worker/engine-client';

const config = resolveConfig({ rows: 3000, epochs: 8, batchSize: 64 });

let engine: LabEngine;
let client: EngineClient;
let channel: MessageChannel;
let baseline: number;

beforeAll(async () => {
  await tf.setBackend('cpu');
  engine = new LabEngine({ backendOrder: ['cpu'] });
  channel = new MessageChannel();
  Comlink.expose(engine, channel.port1 as unknown as Comlink.Endpoint);
  client = wrapEngine(channel.port2 as unknown as Comlink.Endpoint);
  await client.prepare(config);
  await client.train(config, { onEpoch: () => {} });
  baseline = await client.numTensors();
});

afterAll(() => {
  engine.dispose();
  channel.port1.close();
  channel.port2.close();
});

afterEach(async () => {
  expect(await client.numTensors()).toBe(baseline);
  expect(tf.getBackend()).toBe('cpu');
});

describe('deploymentReport', () => {
  it('measures float32 and the three quantized variants after reloading each', async () => {
    const r = await client.deploymentReport(config);
    expect(r.variants.map((v) => v.dtype)).toEqual(['float32', 'float16', 'uint16', 'uint8']);
    const [f32, f16, u16, u8] = r.variants;
    expect(f32.maxAbsDiff).toBe(0);
    expect(f16.weightBytes).toBe(f32.weightBytes / 2);
    expect(u16.weightBytes).toBe(f32.weightBytes / 2);
    expect(u8.weightBytes).toBe(f32.weightBytes / 4);
    for (const v of r.variants) {
      expect(v.totalBytes).toBe(v.jsonBytes + v.weightBytes);
      expect(Math.abs(v.accuracy - f32.accuracy)).toBeLessThanOrEqual(0.01);
      expect(v.latency.p50Ms).toBeLessThanOrEqual(v.latency.p95Ms);
      expect(Number.isFinite(v.latency.coldMs)).toBe(true);
      expect(v.latency.batchRows).toBe(r.validationRows);
    }
    expect(r.overlap).toBe(0);
    expect(r.trainRows + r.validationRows).toBe(2940);
    expect(r.contract).toEqual({ rows: r.validationRows, columns: 14, maxAbsDiff: 0 });
    expect(r.summary.variants.map((v) => v.totalBytes)).toEqual([f16, u16, u8].map((v) => v.totalBytes));
  });

  it('measures accuracy at the configured decision threshold', async () => {
    const low = await client.deploymentReport({ ...config, threshold: 0.05 });
    const normal = await client.deploymentReport(config);
    expect(low.threshold).toBe(0.05);
    expect(low.variants[0].accuracy).toBeLessThan(normal.variants[0].accuracy);
  });
});

describe('reproducibilityCheck', () => {
  it('trains again with the same seed and gets the same predictions on cpu', async () => {
    const r = await client.reproducibilityCheck(config);
    expect(r).toMatchObject({ seed: 42, rows: 588, maxAbsDiff: 0, decisionsChanged: 0, backend: 'cpu' });
  });
});

describe('raceBackends', () => {
  it('times every backend that starts, reports the others with a reason, and restores the active one', async () => {
    const r = await client.raceBackends();
    expect(r.active).toBe('cpu');
    expect(r.entries.map((e) => e.backend)).toEqual(['webgl', 'wasm', 'cpu']);
    const [webgl, wasm, cpu] = r.entries;
    // Node has no WebGL: reported, not thrown.
    expect(webgl).toMatchObject({ available: false, latency: null });
    expect(webgl.note).toMatch(/no WebGL2 context.*did not start/);
    for (const e of [wasm, cpu]) {
      expect(e.available).toBe(true);
      expect(e.latency!.p50Ms).toBeLessThanOrEqual(e.latency!.p95Ms);
      expect(e.latency!.batchRows).toBe(588);
      expect(e.maxAbsDiff!).toBeLessThan(1e-5); // the same answers on every backend
    }
    expect(cpu.firstUse).toBe(false); // it trained the model
    expect(wasm.firstUse).toBe(true);
    const again = await client.raceBackends();
    expect(again.entries[1].firstUse).toBe(false);
  });
});

describe('skewDemo', () => {
  it('serves the validation rows with click_rate unscaled: valid probabilities, lower accuracy', async () => {
    const r = await client.skewDemo(config, 'click_rate_unscaled');
    expect(r).toMatchObject({ id: 'click_rate_unscaled', feature: 'click_rate', rows: 588, allValid: true });
    expect(r.skewedAccuracy).toBeLessThan(r.accuracy - 0.02);
    expect(r.flipped).toBeGreaterThan(0);
    expect(Math.abs(r.expected.mean)).toBeLessThan(0.2);
    expect(r.served.mean).toBeGreaterThan(0.2);
  });

  it.each(SKEW_IDS.slice(1))('%s costs accuracy too', async (id) => {
    const r = await client.skewDemo(config, id);
    expect(r.skewedAccuracy).toBeLessThan(r.accuracy);
    expect(r.allValid).toBe(true);
  });

  it('refuses an unknown skew', async () => {
    await expect(client.skewDemo(config, 'nope' as never)).rejects.toThrow(/Unknown skew/);
  });
});

describe('packageFiles', () => {
  it('returns the three files as plain data across the worker boundary', async () => {
    const f = await client.packageFiles(config, 'uint8', { backend: 'cpu', p50Ms: 1, p95Ms: 2, budgetMs: 50 });
    expect(f.weights.data).toBeInstanceOf(ArrayBuffer);
    const json = JSON.parse(f.modelJson.text) as tf.io.ModelJSON;
    const artifacts = await tf.io.getModelArtifactsForJSON(json, async (m) => [m[0].weights, f.weights.data]);
    const model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
    expect(model.inputs[0].shape).toEqual([null, 14]);
    model.dispose();
    expect(JSON.parse(f.metadata.text).serving.latency.budgetMs).toBe(50);
  });
});
