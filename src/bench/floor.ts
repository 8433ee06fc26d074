/**
 * The benchmark's floor: the lesson's MLP (input → ReLU → ReLU → sigmoid,
 * binary cross-entropy) trained by hand on Float32Arrays, with the same
 * epochs, batch size, Adam learning rate, per-epoch shuffle and per-epoch
 * validation pass as the engine. No tfjs: this is what the arithmetic alone costs.
 */
import type { Encoded } from '../pipeline/prepare';
import { permutation, type Rng } from '../pipeline/rng';

export interface FloorOptions {
  readonly hidden1: number;
  readonly hidden2: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
}

export interface FloorResult {
  readonly valAccuracy: number;
  readonly valLoss: number;
}

/** Parameter layout in one Float32Array: W1 [d×h1], b1, W2 [h1×h2], b2, w3 [h2], b3. */
function layout(d: number, h1: number, h2: number) {
  const w1 = 0;
  const b1 = w1 + d * h1;
  const w2 = b1 + h1;
  const b2 = w2 + h1 * h2;
  const w3 = b2 + h2;
  const b3 = w3 + h2;
  return { w1, b1, w2, b2, w3, b3, size: b3 + 1 };
}

function initialise(p: Float32Array, d: number, h1: number, h2: number, rng: Rng): void {
  const L = layout(d, h1, h2);
  const he1 = Math.sqrt(2 / d);
  const he2 = Math.sqrt(2 / h1);
  const glorot = Math.sqrt(6 / (h2 + 1));
  for (let i = 0; i < d * h1; i++) p[L.w1 + i] = rng.normal() * he1;
  for (let i = 0; i < h1 * h2; i++) p[L.w2 + i] = rng.normal() * he2;
  for (let i = 0; i < h2; i++) p[L.w3 + i] = (rng.next() * 2 - 1) * glorot;
}

/**
 * Forward pass for `m` rows picked by `rows[start…start+m)` (or rows start… when `rows` is null).
 * Fills a1 [m×h1], a2 [m×h2] and out [m] (probabilities).
 */
function forward(
  p: Float32Array,
  data: Encoded,
  rows: Uint32Array | null,
  start: number,
  m: number,
  h1: number,
  h2: number,
  a1: Float32Array,
  a2: Float32Array,
  out: Float32Array,
): void {
  const d = data.d;
  const L = layout(d, h1, h2);
  for (let r = 0; r < m; r++) {
    const xi = (rows ? rows[start + r] : start + r) * d;
    for (let j = 0; j < h1; j++) {
      let s = p[L.b1 + j];
      for (let k = 0; k < d; k++) s += data.x[xi + k] * p[L.w1 + k * h1 + j];
      a1[r * h1 + j] = s > 0 ? s : 0;
    }
    for (let j = 0; j < h2; j++) {
      let s = p[L.b2 + j];
      for (let k = 0; k < h1; k++) s += a1[r * h1 + k] * p[L.w2 + k * h2 + j];
      a2[r * h2 + j] = s > 0 ? s : 0;
    }
    let z = p[L.b3];
    for (let k = 0; k < h2; k++) z += a2[r * h2 + k] * p[L.w3 + k];
    out[r] = 1 / (1 + Math.exp(-z));
  }
}

/** Mean BCE and accuracy of the model on all of `data`. */
function evaluate(p: Float32Array, data: Encoded, h1: number, h2: number): FloorResult {
  const a1 = new Float32Array(data.n * h1);
  const a2 = new Float32Array(data.n * h2);
  const out = new Float32Array(data.n);
  forward(p, data, null, 0, data.n, h1, h2, a1, a2, out);
  let loss = 0;
  let hits = 0;
  for (let r = 0; r < data.n; r++) {
    const q = Math.min(1 - 1e-7, Math.max(1e-7, out[r]));
    const y = data.y[r];
    loss -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
    if (out[r] >= 0.5 === y >= 0.5) hits++;
  }
  return { valAccuracy: hits / data.n, valLoss: loss / data.n };
}

/** Trains from scratch; returns the last epoch's validation figures. */
export function trainFloor(train: Encoded, validation: Encoded, o: FloorOptions, rng: Rng): FloorResult {
  const { d } = train;
  const { hidden1: h1, hidden2: h2, batchSize: bs } = o;
  const L = layout(d, h1, h2);
  const p = new Float32Array(L.size);
  const g = new Float32Array(L.size);
  const m1 = new Float32Array(L.size);
  const m2 = new Float32Array(L.size);
  initialise(p, d, h1, h2, rng);
  const a1 = new Float32Array(bs * h1);
  const a2 = new Float32Array(bs * h2);
  const out = new Float32Array(bs);
  const d2 = new Float32Array(bs * h2);
  const d1 = new Float32Array(bs * h1);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-7];
  let t = 0;
  let result: FloorResult = { valAccuracy: NaN, valLoss: NaN };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = permutation(rng, train.n);
    for (let start = 0; start < train.n; start += bs) {
      const m = Math.min(bs, train.n - start);
      forward(p, train, order, start, m, h1, h2, a1, a2, out);
      g.fill(0);
      for (let r = 0; r < m; r++) {
        const xi = order[start + r] * d;
        const dz = (out[r] - train.y[order[start + r]]) / m;
        g[L.b3] += dz;
        for (let j = 0; j < h2; j++) {
          g[L.w3 + j] += dz * a2[r * h2 + j];
          d2[r * h2 + j] = a2[r * h2 + j] > 0 ? dz * p[L.w3 + j] : 0;
        }
        for (let i = 0; i < h1; i++) {
          let s = 0;
          for (let j = 0; j < h2; j++) {
            const dj = d2[r * h2 + j];
            g[L.w2 + i * h2 + j] += a1[r * h1 + i] * dj;
            s += dj * p[L.w2 + i * h2 + j];
          }
          d1[r * h1 + i] = a1[r * h1 + i] > 0 ? s : 0;
        }
        for (let j = 0; j < h2; j++) g[L.b2 + j] += d2[r * h2 + j];
        for (let i = 0; i < h1; i++) {
          const di = d1[r * h1 + i];
          g[L.b1 + i] += di;
          for (let k = 0; k < d; k++) g[L.w1 + k * h1 + i] += train.x[xi + k] * di;
        }
      }
      t++;
      const lr = (o.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
      for (let i = 0; i < L.size; i++) {
        m1[i] = beta1 * m1[i] + (1 - beta1) * g[i];
        m2[i] = beta2 * m2[i] + (1 - beta2) * g[i] * g[i];
        p[i] -= (lr * m1[i]) / (Math.sqrt(m2[i]) + eps);
      }
    }
    result = evaluate(p, validation, h1, h2);
  }
  return result;
}
