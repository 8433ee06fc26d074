/** Starts the engine worker and returns its typed interface (callbacks are proxied). */
import * as Comlink from 'comlink';
import type { EngineApi } from './protocol';

export interface EngineClient extends EngineApi {
  terminate(): void;
}

/** Wraps an EngineApi served by comlink on `endpoint` (a Worker, or a MessagePort in tests). */
export function wrapEngine(endpoint: Comlink.Endpoint, terminate: () => void = () => {}): EngineClient {
  const remote = Comlink.wrap<EngineApi>(endpoint);
  return {
    prepare: (config) => remote.prepare(config),
    rows: (table, offset, limit) => remote.rows(table, offset, limit),
    // Every callback is passed explicitly: through comlink a missing optional callback would look present.
    train: (config, callbacks) =>
      remote.train(
        config,
        Comlink.proxy({
          onEpoch: callbacks.onEpoch,
          onProgress: callbacks.onProgress ?? (() => {}),
          onRestart: callbacks.onRestart ?? (() => {}),
          onEpochPredictions: callbacks.onEpochPredictions ?? (() => {}),
        }),
      ),
    validationRow: (index) => remote.validationRow(index),
    trace: (values, threshold) => remote.trace(values, threshold),
    deployAndMonitor: (config, ticks) => remote.deployAndMonitor(config, ticks),
    deploymentReport: (config) => remote.deploymentReport(config),
    reproducibilityCheck: (config) => remote.reproducibilityCheck(config),
    raceBackends: () => remote.raceBackends(),
    packageFiles: (config, dtype, latency) => remote.packageFiles(config, dtype, latency),
    skewDemo: (config, skew) => remote.skewDemo(config, skew),
    quantizationView: (config) => remote.quantizationView(config),
    monitorStart: (config) => remote.monitorStart(config),
    monitorStep: (n) => remote.monitorStep(n),
    monitorRetrain: () => remote.monitorRetrain(),
    monitorRollback: () => remote.monitorRollback(),
    monitorSetThreshold: (t) => remote.monitorSetThreshold(t),
    monitorStop: () => remote.monitorStop(),
    cancel: () => void remote.cancel(),
    simulateContextLoss: () => remote.simulateContextLoss(),
    numTensors: () => remote.numTensors(),
    terminate,
  };
}

export function createWorkerEngine(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'pipeline-engine' });
  return wrapEngine(worker, () => worker.terminate());
}
