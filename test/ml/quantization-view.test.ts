import * as tf from '@tensorflow/tfjs';
import { prepareDeployment } from '../../src/ml/deploy';
import { predictProba } from '../../src/ml/predict';
import { quantizationView, type QuantizationView } from '../../src/ml/quantization-view';
import { deploymentLayout, shownTensor } from '../../src/pipeline/dot-layout/layout-deployment';
import { hitRate, trainRun, type SeedRun } from './helpers';

let run: SeedRun;
let view: QuantizationView;
let before: number;

beforeAll(async () => {
  await tf.setBackend('cpu');
  run = await trainRun({ seed: 3, rows: 3000 });
  before = tf.memory().numTensors;
  view = await quantizationView(run.result.model, run.data.validation, 0.5);
});

afterAll(() => run.result.model.dispose());

describe('quantizationView', () => {
  it('leaves no tensors behind', () => {
    expect(tf.memory().numTensors).toBe(before);
  });

  it('has every weight of the model, each within half a level of its uint8 value', () => {
    const total = run.result.model.getWeights().reduce((a, w) => a + w.size, 0);
    expect(view.weights.length).toBe(total);
    expect(view.tensors.reduce((a, t) => a + t.count, 0)).toBe(total);
    for (let i = 0; i < total; i++) {
      const t = view.tensors[view.tensorOf[i]];
      expect(Math.abs(view.quantized[i] - view.weights[i])).toBeLessThanOrEqual(t.scale / 2 + 1e-6);
    }
  });

  it('counts the decisions that changed exactly as the reloaded uint8 package’s accuracy allows', async () => {
    const deployed = await prepareDeployment(run.result.model, run.data.validation, 0.5, { latencyRuns: 2 });
    const uint8 = deployed.variants.find((v) => v.pkg.dtype === 'uint8')!;
    const own = hitRate(run.data.validation.y, await predictProba(run.result.model, run.data.validation));
    // Each changed decision moves accuracy by exactly one row, up or down.
    const n = view.validationRows;
    expect(Math.round(Math.abs(uint8.accuracy - own) * n)).toBeLessThanOrEqual(view.changed.length);
    expect((view.changed.length - Math.round(Math.abs(uint8.accuracy - own) * n)) % 2).toBe(0);
  });

  it('lays the shown tensor’s weights out on at most 256 level columns once snapped', () => {
    const layout = deploymentLayout(view, true, { width: 1000, height: 300 });
    const t = view.tensors[shownTensor(view)];
    expect(layout.counts.weights).toBe(t.count);
    expect(layout.counts.levelsUsed).toBeLessThanOrEqual(256);
    const columns = new Set(Array.from(layout.x.subarray(0, t.count), (x) => x.toFixed(2)));
    // One column per used level (neighbouring levels may share one on a box narrower than 256 columns).
    expect(columns.size).toBeLessThanOrEqual(layout.counts.levelsUsed);
    expect(columns.size).toBeGreaterThan(layout.counts.levelsUsed / 2);
    // Before snapping, the weights sit at their exact values: more distinct positions than levels.
    const float = deploymentLayout(view, false, { width: 1000, height: 300 });
    expect(new Set(Array.from(float.x.subarray(0, t.count), (x) => x.toFixed(2))).size).toBeGreaterThan(columns.size);
  });
});
