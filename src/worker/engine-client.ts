/** Starts the engine worker and returns its typed interface (callbacks are proxied). */
import * as Comlink from 'comlink';
import { forwardEngine, type EngineApi, type TrainCallbacks } from './protocol';

export interface EngineClient extends EngineApi {
  terminate(): void;
}

/** Every callback passed explicitly: through comlink a missing optional callback would look present. */
function proxiedCallbacks(callbacks: TrainCallbacks): TrainCallbacks {
  return Comlink.proxy({
    onEpoch: callbacks.onEpoch,
    onProgress: callbacks.onProgress ?? (() => {}),
    onRestart: callbacks.onRestart ?? (() => {}),
    onEpochPredictions: callbacks.onEpochPredictions ?? (() => {}),
  });
}

/** Wraps an EngineApi served by comlink on `endpoint` (a Worker, or a MessagePort in tests). */
export function wrapEngine(endpoint: Comlink.Endpoint, terminate: () => void = () => {}): EngineClient {
  const remote = Comlink.wrap<EngineApi>(endpoint);
  const engine = forwardEngine((name, args) => {
    if (name === 'train') {
      const [config, callbacks] = args as Parameters<EngineApi['train']>;
      return remote.train(config, proxiedCallbacks(callbacks));
    }
    // Comlink's Remote<EngineApi> has the same methods, each returning a promise.
    const method = remote[name] as unknown as (...a: unknown[]) => Promise<unknown>;
    const result = method(...args);
    // cancel() is fire-and-forget on the page side.
    return name === 'cancel' ? void result : result;
  });
  return { ...engine, terminate };
}

export function createWorkerEngine(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'pipeline-engine' });
  return wrapEngine(worker, () => worker.terminate());
}
