/** Starts the engine worker and returns its typed interface. */
import * as Comlink from 'comlink';
import type { EngineApi, RunCallbacks } from './protocol';

export interface EngineClient {
  run: EngineApi['run'];
  cancel(): void;
  numTensors(): Promise<number>;
  terminate(): void;
}

export function createWorkerEngine(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'pipeline-engine' });
  const remote = Comlink.wrap<EngineApi>(worker);
  return {
    run: (config, callbacks: RunCallbacks) => remote.run(config, Comlink.proxy(callbacks)),
    cancel: () => void remote.cancel(),
    numTensors: () => remote.numTensors(),
    terminate: () => worker.terminate(),
  };
}
