/**
 * The app's engine, exactly as the app runs it: LabEngine in its own worker
 * (createWorkerEngine), default configuration. Timed on the page from calling
 * train() to the trained model's outcome arriving, while the main thread is
 * watched for long tasks. Run with backend 'auto' (the app's default) and with
 * 'webgl' forced, so the engine meets `model.fit` on the same backend.
 */
import { resolveConfig, type BackendSetting } from '../pipeline/config';
import type { TrainOutcome } from '../worker/protocol';
import { createWorkerEngine } from '../worker/engine-client';
import { watchMainThread } from './main-thread';
import { summarize, type EngineCase, type LongTaskResult, type UnavailableCase } from './results';

export async function engineCase(
  runs: number,
  backend: BackendSetting = 'auto',
): Promise<{ engine: EngineCase; longTask: LongTaskResult }> {
  const engine = createWorkerEngine();
  try {
    const config = resolveConfig({ backend });
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

/**
 * The engine with WebGL forced. Unavailable when WebGL does not start here, or
 * when the engine had to train elsewhere (it falls back rather than fail).
 */
export async function engineOnWebglCase(runs: number): Promise<EngineCase | UnavailableCase> {
  try {
    const { engine } = await engineCase(runs, 'webgl');
    if (engine.backend === 'webgl') return engine;
    return { available: false, backend: 'webgl', reason: `the engine trained on ${engine.backend}: ${engine.backendReason}` };
  } catch (e) {
    return { available: false, backend: 'webgl', reason: e instanceof Error ? e.message : String(e) };
  }
}
