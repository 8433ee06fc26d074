/**
 * Train and Regenerate never wait behind serving work: a newer request cancels the running
 * serving call at its next chunk and every queued one, through comlink as the page calls them.
 */
import * as Comlink from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { nextTask, WorkCancelled } from '../../src/ml/next-task';
import { ServingDesk } from '../../src/ml/serving-desk';
import { resolveConfig } from '../../src/pipeline/config';
import { LabEngine } from '../../src/worker/engine';
import { wrapEngine, type EngineClient } from '../../src/worker/engine-client';

const config = resolveConfig({ rows: 2000, epochs: 3, batchSize: 64 });

describe('ServingDesk.supersede', () => {
  const desk = new ServingDesk(
    () => {
      throw new Error('no context in this test');
    },
    () => undefined,
  );

  it('stops the running call at its next chunk and rejects the queued ones; later calls run', async () => {
    let chunks = 0;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const long = desk.serial(async (signal) => {
      started();
      for (;;) {
        if (signal.aborted) throw new WorkCancelled();
        chunks++;
        await nextTask();
      }
    });
    const queued = desk.serial(async () => 'ran');
    const settled = Promise.allSettled([long, queued]);
    await running;
    await desk.supersede();
    for (const r of await settled) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WorkCancelled);
    expect(chunks).toBeGreaterThan(0);
    await expect(desk.serial(async () => 'after')).resolves.toBe('after');
  });
});

describe('the engine: a newer Train or Regenerate supersedes stage-6 work', () => {
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
    baseline = await client.numTensors();
  });

  afterAll(() => {
    engine.dispose();
    channel.port1.close();
    channel.port2.close();
  });

  it('Regenerate cancels a deployment report and a reproducibility check instead of waiting for them', async () => {
    await client.train(config, { onEpoch: () => {} });
    const superseded = Promise.allSettled([client.deploymentReport(config), client.reproducibilityCheck(config)]);
    const snapshot = await client.prepare(config);
    expect(snapshot.rawShape[0]).toBe(config.rows);
    for (const r of await superseded) {
      expect(r.status).toBe('rejected');
      expect(String((r as PromiseRejectedResult).reason)).toMatch(/cancel/i);
    }
    expect(await client.numTensors()).toBe(baseline);
  });

  it('Train cancels the serving work of the previous model, then stage 6 works on the new one', async () => {
    await client.train(config, { onEpoch: () => {} });
    const superseded = Promise.allSettled([client.raceBackends(), client.skewDemo(config, 'click_rate_percent')]);
    const outcome = await client.train(config, { onEpoch: () => {} });
    expect(outcome.epochs).toHaveLength(config.epochs);
    for (const r of await superseded) {
      expect(r.status).toBe('rejected');
      expect(String((r as PromiseRejectedResult).reason)).toMatch(/cancel/i);
    }
    const report = await client.deploymentReport(config);
    expect(report.variants).toHaveLength(4);
  });
});
