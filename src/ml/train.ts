/**
 * The training loop. Not `model.fit`: batches are built once as tensors, each
 * step is a hand-written forward/backward pass plus one Adam update over a
 * flat parameter vector (~55 kernels instead of ~175 through autodiff), and
 * the per-batch loss and hit counts stay on the device until the epoch ends —
 * one read-back per epoch instead of one per batch. Shuffling uses the run's
 * seeded RNG, so runs are reproducible.
 */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import type { PipelineConfig } from '../pipeline/config';
import { permutation, type Rng } from '../pipeline/rng';
import { runRngs } from '../pipeline/run-data';
import { describeEpoch, type EpochRecord } from '../pipeline/epochs';
import { abortable } from './context-loss';
import { FlatAdam } from './flat-adam';
import { flatten, forward, layoutOf, unflatten, unpack } from './flat-mlp';
import { buildModel, type ModelShape } from './model';
import { nextTask } from './next-task';
import { batchOf, disposeBatch, lossSumAndHits, trainStep, type Batch } from './train-step';

export interface TrainOptions {
  readonly shape: ModelShape;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly signal?: AbortSignal;
  /** Called after every epoch with that epoch's numbers (plain data). */
  readonly onEpoch?: (record: EpochRecord) => void;
  /** Called every yieldEveryMs or so with the fraction of training done (0–1) and the ms spent training so far. */
  readonly onProgress?: (fraction: number, elapsedMs: number) => void;
  /**
   * Training rows (indices into the training split) whose answers a view shows epoch by epoch.
   * No extra forward pass: each row's answer is the probability the epoch's own training step
   * gave it (what the epoch's training accuracy counts), read back with the epoch's numbers.
   */
  readonly probeRows?: Uint32Array;
  /** Called after every epoch with the answers for probeRows, in probeRows order (a fresh array each time: transferable). */
  readonly onEpochPredictions?: (epoch: number, p: Float32Array) => void;
  /** Yield to the event loop at least this often (ms) so cancellation and messages get through. */
  readonly yieldEveryMs?: number;
}

export interface TrainResult {
  /** The trained model; the caller owns it. */
  readonly model: tf.Sequential;
  readonly epochs: EpochRecord[];
  readonly ms: number;
}

/** Thrown when the AbortSignal fires; nothing is left allocated. */
export class TrainingCancelled extends Error {
  constructor() {
    super('Training was cancelled');
    this.name = 'TrainingCancelled';
  }
}

/** Builds the batches once, in a seeded row order (`order[k]` is the training row at position k of the batches). */
function makeBatches(data: Encoded, batchSize: number, rng: Rng): { batches: Batch[]; order: ArrayLike<number> } {
  const order = permutation(rng, data.n);
  const batches: Batch[] = [];
  for (let start = 0; start < data.n; start += batchSize) {
    const m = Math.min(batchSize, data.n - start);
    const bx = new Float32Array(m * data.d);
    const by = new Float32Array(m);
    for (let r = 0; r < m; r++) {
      const i = order[start + r];
      bx.set(data.x.subarray(i * data.d, (i + 1) * data.d), r * data.d);
      by[r] = data.y[i];
    }
    batches.push(batchOf(bx, by, data.d));
  }
  return { batches, order };
}

/** For each probed training row, its position in the batches (where the epoch's answers put it). */
function positionsOf(order: ArrayLike<number>, rows: Uint32Array): Uint32Array {
  const at = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) at[order[k]] = k;
  return rows.map((r) => at[r]);
}

/**
 * Trains a fresh model. Each batch is reshuffled per epoch by re-drawing the
 * batch order (the rows inside a batch stay together, which is what makes
 * prepared batches cheap). The weights live in one flat vector while training
 * (flat-mlp.ts, flat-adam.ts) and are written into the returned tfjs model at
 * the end.
 * @throws TrainingCancelled if `signal` aborts; all tensors are then disposed
 */
export async function train(train: Encoded, validation: Encoded, o: TrainOptions, rng: Rng): Promise<TrainResult> {
  const started = performance.now();
  const model = buildModel(o.shape, o.seed);
  const layout = layoutOf(o.shape);
  let params = flatten(model.getWeights());
  const optimizer = new FlatAdam(layout.size, o.learningRate);
  const { batches, order } = makeBatches(train, o.batchSize, rng);
  const held = batchOf(validation.x, validation.y, validation.d);
  const probe = o.probeRows?.length && o.onEpochPredictions ? positionsOf(order, o.probeRows) : null;
  const records: EpochRecord[] = [];
  const yieldEvery = o.yieldEveryMs ?? 50;
  const totalSteps = o.epochs * batches.length;
  let step = 0;
  let lastYield = performance.now();
  const cleanup = (): void => {
    batches.forEach(disposeBatch);
    disposeBatch(held);
    optimizer.dispose();
    params.dispose();
  };
  try {
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const batchOrder = permutation(rng, batches.length);
      const losses: tf.Scalar[] = [];
      const hits: tf.Scalar[] = [];
      // Batch i's answers at index i (batch order, not the epoch's visiting order), when probing.
      const answers: tf.Tensor2D[] = [];
      for (const i of batchOrder) {
        if (o.signal?.aborted) {
          tf.dispose([...losses, ...hits, ...answers]);
          throw new TrainingCancelled();
        }
        const r = trainStep(params, batches[i], layout, optimizer, probe !== null);
        params.dispose();
        params = r.params;
        // Summed into the epoch's numbers with one read-back at its end.
        losses.push(r.loss);
        hits.push(r.hits);
        if (r.p) answers[i] = r.p;
        step++;
        if (performance.now() - lastYield > yieldEvery) {
          o.onProgress?.(step / totalSteps, performance.now() - started);
          await nextTask();
          lastYield = performance.now();
        }
      }
      const [summary, probed = null] = tf.tidy(() => {
        const w = unpack(params, layout);
        const a = forward(held.x, w);
        const v = lossSumAndHits(a.p, tf.sub(a.p, held.y), held);
        const numbers = tf.stack([tf.addN(losses), tf.addN(hits), v.loss, v.hits]);
        return probe ? [numbers, tf.concat(answers)] : [numbers];
      });
      tf.dispose([...losses, ...hits, ...answers]);
      let values: Float32Array;
      let probedValues: Float32Array | null = null;
      try {
        const reads = Promise.all([summary.data(), probed?.data() ?? null]);
        const [v, p] = await abortable(reads, o.signal, () => new TrainingCancelled());
        values = v as Float32Array;
        probedValues = p as Float32Array | null;
      } finally {
        tf.dispose([summary, ...(probed ? [probed] : [])]);
      }
      const [lossSum, hitCount, valLossSum, valHits] = Array.from(values);
      if (o.signal?.aborted) throw new TrainingCancelled();
      const record = describeEpoch(
        {
          epoch,
          loss: lossSum / train.n,
          accuracy: hitCount / train.n,
          valLoss: valLossSum / validation.n,
          valAccuracy: valHits / validation.n,
        },
        records,
      );
      records.push(record);
      o.onEpoch?.(record);
      if (probe && probedValues) {
        const all = probedValues;
        o.onEpochPredictions?.(
          epoch,
          Float32Array.from(probe, (k) => all[k]),
        );
      }
      o.onProgress?.(step / totalSteps, performance.now() - started);
      await nextTask();
      lastYield = performance.now();
    }
    const weights = unflatten(params, layout);
    model.setWeights(weights);
    tf.dispose(weights);
  } catch (e) {
    cleanup();
    model.dispose();
    throw e;
  }
  cleanup();
  return { model, epochs: records, ms: performance.now() - started };
}

/** The settings of a run that training reads. */
export type TrainingKnobs = Pick<PipelineConfig, 'epochs' | 'batchSize' | 'learningRate' | 'hidden1' | 'hidden2' | 'seed'>;

/**
 * Trains exactly as a run with `config` does: its model shape and knobs, on its
 * encoded splits, with the run's own training RNG stream (runRngs(seed).train).
 * Every caller that must reproduce a run (app, CLI, reproducibility check) uses this.
 */
export function trainForConfig(
  config: TrainingKnobs,
  data: { readonly train: Encoded; readonly validation: Encoded },
  hooks: Pick<TrainOptions, 'signal' | 'onEpoch' | 'onProgress' | 'probeRows' | 'onEpochPredictions'> = {},
): Promise<TrainResult> {
  const shape = { inputSize: data.train.d, hidden1: config.hidden1, hidden2: config.hidden2 };
  const options = {
    shape,
    epochs: config.epochs,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    seed: config.seed,
  };
  return train(data.train, data.validation, { ...options, ...hooks }, runRngs(config.seed).train);
}
