/**
 * A short timed probe: how long one training step of the configured model and
 * batch takes on the active backend. On a hardware GPU, backend 'auto' times
 * WebGL and WebAssembly this way and trains on the faster one — a GPU wins for
 * wide layers and big batches, WebAssembly for the lesson's small default
 * model, and only measuring on this machine tells which.
 */
import * as tf from '@tensorflow/tfjs';
import { FlatAdam } from './flat-adam';
import { layoutOf } from './flat-mlp';
import type { ModelShape } from './model';
import { batchOf, disposeBatch, trainStep } from './train-step';

/** What a run will train: the model's shape and the batch size. */
export interface Workload {
  readonly shape: ModelShape;
  readonly batchSize: number;
}

/** Untimed steps first (WebGL compiles its shaders on first use), then timed ones. */
export const PROBE_WARMUP_STEPS = 3;
export const PROBE_TIMED_STEPS = 10;

/** Milliseconds per training step on the active backend (median-free: total ÷ steps, one sync at the end). */
export async function measureStepMs(work: Workload, timedSteps = PROBE_TIMED_STEPS): Promise<number> {
  const { shape, batchSize } = work;
  const layout = layoutOf(shape);
  // Deterministic stand-in data of the right shape: the timing does not depend on the values.
  const x = new Float32Array(batchSize * shape.inputSize).map((_, i) => ((i * 7919) % 23) / 23 - 0.5);
  const y = new Float32Array(batchSize).map((_, i) => i % 2);
  const batch = batchOf(x, y, shape.inputSize);
  const optimizer = new FlatAdam(layout.size, 0.001);
  let params = tf.tidy(() => tf.mul(tf.randomNormal([layout.size], 0, 1, 'float32', 1), 0.1) as tf.Tensor1D);
  const run = async (steps: number): Promise<void> => {
    for (let i = 0; i < steps; i++) {
      const r = trainStep(params, batch, layout, optimizer);
      params.dispose();
      params = r.params;
      tf.dispose([r.loss, r.hits]);
    }
    await params.data(); // waits for the device to finish the queued work
  };
  try {
    await run(PROBE_WARMUP_STEPS);
    const started = performance.now();
    await run(timedSteps);
    return (performance.now() - started) / timedSteps;
  } finally {
    disposeBatch(batch);
    optimizer.dispose();
    params.dispose();
  }
}

export interface ProbeTiming<B extends string = string> {
  readonly backend: B;
  readonly msPerStep: number;
}

/** The fastest of the timed backends (the first on a tie); null when none was timed. */
export function fastest<B extends string>(timings: readonly ProbeTiming<B>[]): ProbeTiming<B> | null {
  let best: ProbeTiming<B> | null = null;
  for (const t of timings) if (Number.isFinite(t.msPerStep) && (!best || t.msPerStep < best.msPerStep)) best = t;
  return best;
}

/** "webgl 1.84 ms, wasm 0.62 ms per step of 16·8 units at batch 128" */
export function describeTimings(timings: readonly ProbeTiming[], work: Workload): string {
  const parts = timings.map((t) => `${t.backend} ${t.msPerStep < 10 ? t.msPerStep.toFixed(2) : t.msPerStep.toFixed(0)} ms`);
  return `${parts.join(', ')} per step of ${work.shape.hidden1}·${work.shape.hidden2} units at batch ${work.batchSize}`;
}
