/**
 * The cases that run in a fresh benchmark worker each: model.fit per backend,
 * the hand-written floor, and single-row prediction latency.
 */
import * as Comlink from 'comlink';
import type { BackendName } from '../ml/backend';
import type { BenchWorkerApi, StartResult } from './bench.worker';
import { summarize, type FitCase, type PredictResult, type TrainingCase } from './results';

interface BenchWorker {
  readonly api: Comlink.Remote<BenchWorkerApi>;
  readonly start: StartResult;
  terminate(): void;
}

async function openWorker(backend: BackendName | null): Promise<BenchWorker> {
  const worker = new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module', name: 'pipeline-bench' });
  const api = Comlink.wrap<BenchWorkerApi>(worker);
  try {
    return { api, start: await api.start(backend), terminate: () => worker.terminate() };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

/** Shape of the default run's data, as the workers see it. */
export async function dataShape(): Promise<{ trainRows: number; validationRows: number; inputSize: number }> {
  const w = await openWorker(null);
  w.terminate();
  if (!w.start.ok) throw new Error(w.start.reason);
  return { trainRows: w.start.trainRows, validationRows: w.start.validationRows, inputSize: w.start.inputSize };
}

async function timed(run: () => Promise<{ ms: number; valAccuracy: number }>, runs: number) {
  await run(); // warm-up: kernels, shaders, JIT
  const times: number[] = [];
  let valAccuracy = NaN;
  for (let i = 0; i < runs; i++) {
    const r = await run();
    times.push(r.ms);
    valAccuracy = r.valAccuracy;
  }
  return { ...summarize(times), valAccuracy };
}

/** `model.fit` on `backend`; unavailable (with tfjs's reason) when the backend does not start. */
export async function fitCase(backend: BackendName, runs: number): Promise<FitCase> {
  const w = await openWorker(backend);
  try {
    if (!w.start.ok) return { available: false, backend, reason: w.start.reason };
    return { available: true, backend: w.start.backend, ...(await timed(() => w.api.fit(), runs)) };
  } catch (e) {
    return { available: false, backend, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    w.terminate();
  }
}

export async function floorCase(runs: number): Promise<TrainingCase> {
  const w = await openWorker(null);
  try {
    return { available: true, backend: 'js', ...(await timed(() => w.api.floor(), runs)) };
  } finally {
    w.terminate();
  }
}

/** Warm single-row predict on `backend` (the one the engine's 'auto' chose). */
export async function predictCase(backend: BackendName, runs: number): Promise<PredictResult> {
  const w = await openWorker(backend);
  try {
    if (!w.start.ok) throw new Error(`${backend} did not start for the predict case: ${w.start.reason}`);
    return await w.api.predict(runs);
  } finally {
    w.terminate();
  }
}
