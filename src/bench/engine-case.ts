/**
 * The app's engine, exactly as the app runs it: LabEngine in its own worker
 * (createWorkerEngine), default configuration, backend 'auto'. Timed on the
 * page from calling train() to the trained model's outcome arriving, while the
 * main thread is watched for long tasks.
 */
import { resolveConfig } from '../pipeline/config';
import type { TrainOutcome } from '../worker/protocol';
import { createWorkerEngine } from '../worker/engine-client';
import { watchMainThread } from './main-thread';
import { summarize, type EngineCase, type LongTaskResult } from './results';

export async function engineCase(runs: number): Promise<{ engine: EngineCase; longTask: LongTaskResult }> {
  const engine = createWorkerEngine();
  try {
    const config = resolveConfig({});
    await engine.prepare(config);
    const callbacks = { onEpoch: () => {}, onProgress: () => {} };
    let started = performance.now();
    let outcome: TrainOutcome = await engine.train(config, callbacks);
    const coldMs = performance.now() - started;
    const times: number[] = [];
    const loops: number[] = [];
    const watch = watchMainThread();
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      outcome = await engine.train(config, callbacks);
      times.push(performance.now() - started);
      loops.push(outcome.ms);
    }
    const longTask = watch.stop();
    const last = outcome.epochs[outcome.epochs.length - 1];
    return {
      engine: {
        available: true,
        ...summarize(times),
        backend: outcome.backend.backend,
        backendReason: outcome.backend.reason,
        valAccuracy: last.valAccuracy,
        coldMs,
        loopMs: summarize(loops),
      },
      longTask,
    };
  } finally {
    engine.terminate();
  }
}
