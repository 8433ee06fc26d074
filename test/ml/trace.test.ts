import * as tf from '@tensorflow/tfjs';
import { traceLayers, type PredictionTrace } from '../../src/ml/trace';
import { trainRun, type SeedRun } from './helpers';

const CARD_NAMES = [
  'Input Layer',
  'Hidden Layer 1 (ReLU)',
  'Hidden Layer 2 (ReLU)',
  'Output Layer (Sigmoid)',
  'Threshold Decision',
];
const ROWS = 25;

let run: SeedRun;
let traces: PredictionTrace[];
let predicted: Float32Array;

const row = (i: number): Float32Array => run.data.validation.x.slice(i * run.data.validation.d, (i + 1) * run.data.validation.d);

beforeAll(async () => {
  await tf.setBackend('cpu');
  run = await trainRun({ seed: 42 });
  traces = Array.from({ length: ROWS }, (_, i) => traceLayers(run.result.model, row(i)));
  const out = tf.tidy(
    () =>
      run.result.model.predict(
        tf.tensor2d(run.data.validation.x.subarray(0, ROWS * run.data.validation.d), [ROWS, run.data.validation.d]),
      ) as tf.Tensor,
  );
  predicted = out.dataSync() as Float32Array;
  out.dispose();
});

afterAll(() => run.result.model.dispose());

describe('traceLayers', () => {
  it('returns the card’s five layers with their kinds and widths', () => {
    for (const t of traces) {
      expect(t.layers.map((l) => l.name)).toEqual(CARD_NAMES);
      expect(t.layers.map((l) => l.kind)).toEqual(['input', 'relu', 'relu', 'sigmoid', 'threshold']);
      expect(t.layers.map((l) => l.values.length)).toEqual([14, 16, 8, 1, 1]);
    }
  });

  it('echoes the input row', () => {
    traces.forEach((t, i) => expect(t.layers[0].values).toEqual(Array.from(row(i))));
  });

  it('ReLU values are ≥ 0 and equal max(0, preActivation)', () => {
    let zeros = 0;
    for (const t of traces) {
      for (const layer of t.layers.slice(1, 3)) {
        const pre = layer.preActivations!;
        expect(pre).toHaveLength(layer.values.length);
        layer.values.forEach((v, j) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeCloseTo(Math.max(0, pre[j]), 6);
          if (v === 0) zeros++;
        });
      }
    }
    expect(zeros).toBeGreaterThan(0); // some units really are cut off by the ReLU
  });

  it('pre-activations are the previous layer’s values times the weights plus the bias', () => {
    for (const t of traces.slice(0, 5)) {
      for (let k = 1; k <= 3; k++) {
        const { weights, bias, preActivations } = t.layers[k];
        const input = t.layers[k - 1].values;
        expect(weights).toHaveLength(input.length);
        preActivations!.forEach((z, j) => {
          const sum = input.reduce((s, x, i) => s + x * weights![i][j], bias![j]);
          expect(z).toBeCloseTo(sum, 4);
        });
      }
    }
  });

  it('the output is the sigmoid of its pre-activation and equals model.predict on the same row', () => {
    traces.forEach((t, i) => {
      const out = t.layers[3];
      expect(out.values[0]).toBeCloseTo(1 / (1 + Math.exp(-out.preActivations![0])), 6);
      expect(t.probability).toBe(out.values[0]);
      expect(Math.abs(t.probability - predicted[i])).toBeLessThanOrEqual(1e-6);
    });
  });

  it('decides 1 exactly when the probability reaches the threshold', () => {
    const decisions = new Set<number>();
    for (const t of traces) {
      expect(t.threshold).toBe(0.5);
      expect(t.decision).toBe(t.probability >= 0.5 ? 1 : 0);
      expect(t.layers[4].values).toEqual([t.decision]);
      decisions.add(t.decision);
    }
    expect(decisions).toEqual(new Set([0, 1])); // both outcomes appear among the rows
    const p = traces[0].probability;
    expect(traceLayers(run.result.model, row(0), p).decision).toBe(1);
    expect(traceLayers(run.result.model, row(0), Math.min(0.999, p + 1e-4)).decision).toBe(0);
    expect(traceLayers(run.result.model, row(0), 0.01).threshold).toBe(0.01);
  });

  it('leaks no tensors', () => {
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) traceLayers(run.result.model, row(i));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('leaves the model usable (it shares no disposable probe with it)', () => {
    traceLayers(run.result.model, row(0));
    const again = tf.tidy(() => (run.result.model.predict(tf.tensor2d(row(0), [1, 14])) as tf.Tensor).dataSync()[0]);
    expect(again).toBeCloseTo(predicted[0], 6);
  });
});
