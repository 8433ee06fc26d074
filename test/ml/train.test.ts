import * as tf from '@tensorflow/tfjs';
import type { EpochRecord } from '../../src/pipeline/epochs';
import { predictProba } from '../../src/ml/predict';
import { TrainingCancelled } from '../../src/ml/train';
import { accuracy, logLoss } from '../../src/pipeline/metrics';
import { trainRun, type SeedRun } from './helpers';

const SEEDS = [1, 7, 42] as const;
const runs = new Map<number, SeedRun>();
const seen = new Map<number, EpochRecord[]>();
const progress = new Map<number, number[]>();

const numbers = (e: EpochRecord): number[] => [e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy];

beforeAll(async () => {
  await tf.setBackend('cpu');
  for (const seed of SEEDS) {
    const records: EpochRecord[] = [];
    const fractions: number[] = [];
    runs.set(seed, await trainRun({ seed }, { onEpoch: (r) => records.push(r), onProgress: (f) => fractions.push(f) }));
    seen.set(seed, records);
    progress.set(seed, fractions);
  }
});

afterAll(() => {
  for (const run of runs.values()) run.result.model.dispose();
});

describe('train: the default 5-epoch run', () => {
  describe.each(SEEDS)('seed %i', (seed) => {
    it('reaches the card’s validation accuracy and loss', () => {
      const epochs = runs.get(seed)!.result.epochs;
      expect(epochs).toHaveLength(5);
      const last = epochs[4];
      expect(last.valAccuracy).toBeGreaterThanOrEqual(0.83);
      expect(last.valAccuracy).toBeLessThanOrEqual(0.88);
      expect(last.valLoss).toBeGreaterThanOrEqual(0.28);
      expect(last.valLoss).toBeLessThanOrEqual(0.42);
    });

    it('reports the last epoch’s validation loss and accuracy that the pure metrics give for the same predictions', async () => {
      const run = runs.get(seed)!;
      const last = run.result.epochs[4];
      const p = await predictProba(run.result.model, run.data.validation);
      // valLoss is summed on the device in float32; logLoss is a float64 mean of the same clipped terms.
      expect(Math.abs(last.valLoss - logLoss(run.data.validation.y, p))).toBeLessThan(1e-5);
      expect(last.valAccuracy).toBe(accuracy(run.data.validation.y, p));
    });

    it('learns: epoch 1 training accuracy is at least 5 points below epoch 5’s, and loss falls', () => {
      const epochs = runs.get(seed)!.result.epochs;
      expect(epochs[4].accuracy - epochs[0].accuracy).toBeGreaterThanOrEqual(0.05);
      expect(epochs[4].loss).toBeLessThan(epochs[0].loss);
    });

    it('calls onEpoch once per epoch, in order, with an observation string', () => {
      const records = seen.get(seed)!;
      expect(records.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5]);
      expect(records).toEqual(runs.get(seed)!.result.epochs);
      for (const r of records) {
        expect(typeof r.observation).toBe('string');
        expect(r.observation.length).toBeGreaterThan(10);
      }
      expect(records[0].observation).toMatch(/^Model (starts learning|picks up)/);
    });

    it('reports progress as non-decreasing fractions ending at 1', () => {
      const fractions = progress.get(seed)!;
      expect(fractions.length).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
      expect(fractions[0]).toBeGreaterThan(0);
      expect(fractions[fractions.length - 1]).toBe(1);
    });

    it('returns a model that reproduces the last epoch’s validation accuracy', async () => {
      const { data, result } = runs.get(seed)!;
      const p = tf.tidy(
        () => result.model.predict(tf.tensor2d(data.validation.x, [data.validation.n, data.validation.d])) as tf.Tensor,
      );
      const probs = await p.data();
      p.dispose();
      let hits = 0;
      for (let i = 0; i < data.validation.n; i++) if ((probs[i] >= 0.5 ? 1 : 0) === data.validation.y[i]) hits++;
      expect(hits / data.validation.n).toBeCloseTo(result.epochs[4].valAccuracy, 10);
    });
  });

  it('is deterministic: the same seed twice gives bit-identical epoch numbers', async () => {
    const again = await trainRun({ seed: 42 });
    try {
      expect(again.result.epochs.map(numbers)).toEqual(runs.get(42)!.result.epochs.map(numbers));
      expect(again.result.epochs.map((e) => e.observation)).toEqual(runs.get(42)!.result.epochs.map((e) => e.observation));
      const w1 = again.result.model.getWeights().map((w) => Array.from(w.dataSync()));
      const w2 = runs
        .get(42)!
        .result.model.getWeights()
        .map((w) => Array.from(w.dataSync()));
      expect(w1).toEqual(w2);
    } finally {
      again.result.model.dispose();
    }
  });

  it('gives different numbers for different seeds', () => {
    const [a, b, c] = SEEDS.map((s) => runs.get(s)!.result.epochs.map(numbers));
    expect(a).not.toEqual(b);
    expect(b).not.toEqual(c);
    expect(a).not.toEqual(c);
  });
});

describe('train: ownership of tensors', () => {
  it('leaves nothing behind after a full run once the returned model is disposed', async () => {
    const baseline = tf.memory().numTensors;
    const run = await trainRun({ seed: 7 });
    expect(run.result.epochs).toHaveLength(5);
    // The model's own weights are the only survivors: 3 kernels + 3 biases.
    expect(tf.memory().numTensors - baseline).toBe(6);
    run.result.model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('rejects with TrainingCancelled when aborted from onEpoch after epoch 2, leaking nothing', async () => {
    const baseline = tf.memory().numTensors;
    const controller = new AbortController();
    const epochsSeen: number[] = [];
    const pending = trainRun(
      { seed: 42 },
      {
        signal: controller.signal,
        onEpoch: (r) => {
          epochsSeen.push(r.epoch);
          if (r.epoch === 2) controller.abort();
        },
      },
    );
    await expect(pending).rejects.toBeInstanceOf(TrainingCancelled);
    await expect(pending).rejects.toThrow('Training was cancelled');
    expect(epochsSeen).toEqual([1, 2]);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('reports each epoch’s own answers for the probed rows (its hits, no extra pass) and leaks nothing when cancelled mid-epoch', async () => {
    const baseline = tf.memory().numTensors;
    const probeRows = Uint32Array.from({ length: 500 }, (_, k) => k * 7);
    const answers: Float32Array[] = [];
    const done = await trainRun({ seed: 7, epochs: 2 }, { probeRows, onEpochPredictions: (_, p) => answers.push(p) });
    expect(answers.map((p) => p.length)).toEqual([500, 500]);
    // Every training row probed: the right answers are exactly the epoch's training hits.
    const { train } = done.data;
    const all = Uint32Array.from({ length: train.n }, (_, k) => k);
    const full: Float32Array[] = [];
    const again = await trainRun({ seed: 7, epochs: 2 }, { probeRows: all, onEpochPredictions: (_, p) => full.push(p) });
    full.forEach((p, e) => {
      let right = 0;
      p.forEach((v, r) => (right += (v >= 0.5 ? 1 : 0) === train.y[r] ? 1 : 0));
      expect(right).toBe(Math.round(again.result.epochs[e].accuracy * train.n));
      // The probed subset reads the same answers as the full set, row for row.
      probeRows.forEach((r, j) => expect(answers[e][j]).toBe(p[r]));
    });
    done.result.model.dispose();
    again.result.model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    // Cancelled between two steps of an epoch, with that epoch's answers held on the device.
    const controller = new AbortController();
    let midEpoch = false;
    const pending = trainRun(
      { seed: 7, epochs: 3 },
      {
        signal: controller.signal,
        probeRows: all,
        onEpochPredictions: () => {},
        onProgress: (f) => {
          if (controller.signal.aborted || Number.isInteger(f * 3)) return;
          midEpoch = true;
          controller.abort();
        },
      },
    );
    await expect(pending).rejects.toBeInstanceOf(TrainingCancelled);
    expect(midEpoch).toBe(true);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('rejects before the first epoch when the signal is already aborted', async () => {
    const baseline = tf.memory().numTensors;
    const onEpoch = vi.fn();
    const pending = trainRun({ seed: 1 }, { signal: AbortSignal.abort(), onEpoch });
    await expect(pending).rejects.toBeInstanceOf(TrainingCancelled);
    expect(onEpoch).not.toHaveBeenCalled();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
