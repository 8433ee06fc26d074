/**
 * The worker-backed engine: the same LabEngine the worker serves, reached
 * through comlink over a MessageChannel exactly as the app reaches the worker.
 */
import { roc, validationMetrics } from '../../src/pipeline/metrics';
import { CURVE_POINTS, metricsFrom } from '../../src/pipeline/score-summary';
import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { resolveConfig } from '../../src/pipeline/config';
import type { EpochRecord } from '../../src/pipeline/epochs';
import { LabEngine } from '../../src/worker/engine';
import { wrapEngine, type EngineClient } from '../../src/worker/engine-client';

const config = resolveConfig({ rows: 3000, epochs: 4 });

let engine: LabEngine;
let client: EngineClient;
let channel: MessageChannel;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

beforeEach(() => {
  engine = new LabEngine({ backendOrder: ['cpu'] });
  channel = new MessageChannel();
  // Node's MessagePort is structurally what comlink needs (postMessage + message events).
  Comlink.expose(engine, channel.port1 as unknown as Comlink.Endpoint);
  client = wrapEngine(channel.port2 as unknown as Comlink.Endpoint);
});

afterEach(() => {
  engine.dispose();
  channel.port1.close();
  channel.port2.close();
});

describe('engine over comlink', () => {
  it('prepares the data with the card shapes scaled to the row count', async () => {
    const snap = await client.prepare(config);
    expect(snap.rawShape).toEqual([3000, 10]);
    expect(snap.cleanShape).toEqual([2940, 10]);
    expect(snap.featureShape).toEqual([2940, 12]);
    expect(snap.trainRows + snap.validationRows).toBe(2940);
  });

  it('reports every epoch through the callback and returns validation scores', async () => {
    const seen: EpochRecord[] = [];
    await client.prepare(config);
    const outcome = await client.train(config, { onEpoch: (e) => void seen.push(e) });
    expect(seen.map((e) => e.epoch)).toEqual([1, 2, 3, 4]);
    expect(outcome.epochs.map((e) => e.valAccuracy)).toEqual(seen.map((e) => e.valAccuracy));
    expect(outcome.validation.p).toHaveLength(outcome.validation.y.length);
    expect(outcome.backend.backend).toBe('cpu');
  });

  it('summarises each score set once in the worker: the page reads any threshold without a pass over the rows', async () => {
    await client.prepare(config);
    const outcome = await client.train(config, { onEpoch: () => {} });
    for (const scored of [outcome.validation, outcome.training]) {
      const { y, p, summary } = scored;
      expect(summary.positives.length + summary.negatives.length).toBe(y.length);
      expect(summary.auc).toBeCloseTo(roc(y, p).auc!, 12);
      expect(summary.curve.length).toBeLessThanOrEqual(CURVE_POINTS);
      for (const t of [0.2, 0.5, 0.8])
        expect(metricsFrom(summary, t)).toEqual({ ...validationMetrics(y, p, t), auc: summary.auc, loss: summary.loss });
    }
  });

  it('can be cancelled mid-training and leaves no tensors behind', async () => {
    await client.prepare(config);
    const before = await client.numTensors();
    const long = { ...config, epochs: 50 };
    const seen: number[] = [];
    const run = client.train(long, {
      onEpoch: (e) => {
        seen.push(e.epoch);
        if (e.epoch === 2) client.cancel();
      },
    });
    await expect(run).rejects.toThrow(/cancelled/i);
    expect(seen.length).toBeLessThan(50);
    expect(await client.numTensors()).toBe(before);
  });

  it('traces a validation row with the trained model', async () => {
    await client.prepare(config);
    await client.train(config, { onEpoch: () => {} });
    const row = await client.validationRow(0);
    const trace = await client.trace(row.values, 0.5);
    expect(trace.layers.map((l) => l.name)).toEqual([
      'Input Layer',
      'Hidden Layer 1 (ReLU)',
      'Hidden Layer 2 (ReLU)',
      'Output Layer (Sigmoid)',
      'Threshold Decision',
    ]);
    expect(trace.decision).toBe(trace.probability >= 0.5 ? 1 : 0);
  });

  it('refuses a trace with the wrong number of values, with a clear message', async () => {
    await client.prepare(config);
    await client.train(config, { onEpoch: () => {} });
    await expect(client.trace([1, 2, 3], 0.5)).rejects.toThrow(/feature values/);
  });

  it('says what is missing when asked to trace before training', async () => {
    await client.prepare(config);
    const row = await client.validationRow(0);
    await expect(client.trace(row.values, 0.5)).rejects.toThrow(/train the model first/);
  });
});
