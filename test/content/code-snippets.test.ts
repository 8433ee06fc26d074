// @vitest-environment node
/**
 * Code mode's TensorFlow.js snippets, filled in with a small seeded run's facts,
 * run in Node against that run's own data: each must produce the shapes and
 * (within tolerance) the numbers the app shows for its stage, and leak no tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { STAGE_CODE, codeForStage } from '../../src/content/code/snippets';
import { mlpParams } from '../../src/store/code-facts';
import { createRng } from '../../src/pipeline/rng';
import { buildSnapshot } from '../../src/pipeline/snapshot';
import type { StageId } from '../../src/pipeline/summary';
import { codeRun, rowObjects, type CodeRun } from './code-run';

type Result = Record<string, unknown>;
type Snippet = (...args: unknown[]) => Promise<Result>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => Snippet;

let r: CodeRun;
const logs: unknown[][] = [];
const fakeConsole = { log: (...a: unknown[]) => logs.push(a) };

/** Runs a stage's filled snippet with its free variables bound to `inputs`; returns its outputs. */
function runSnippet(stage: StageId, inputs: Record<string, unknown>): Promise<Result> {
  const { inputs: names, outputs } = STAGE_CODE[stage].js;
  const code = codeForStage(stage, r.facts).js.code;
  const fn = new AsyncFunction('tf', 'console', ...names, `${code}\nreturn { ${outputs.join(', ')} };`);
  return fn(tf, fakeConsole, ...names.map((n) => inputs[n]));
}

/** The app's validation rows as tensors [n, d] and [n, 1]. */
function validationTensors(): [tf.Tensor2D, tf.Tensor2D] {
  const v = r.run.data.validation;
  return [tf.tensor2d(v.x, [v.n, v.d]), tf.tensor2d(v.y, [v.n, 1])];
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  r = await codeRun();
});
afterAll(() => r.run.model.dispose());

describe('the TensorFlow.js snippets, run on the app’s data', () => {
  it('collection: the collected shape and conversion rate', async () => {
    const snap = buildSnapshot(r.run.data);
    const before = tf.memory().numTensors;
    const out = await runSnippet('collection', { sessions: rowObjects(r.run.data.generated.table) });
    expect(out.shape).toEqual(snap.rawShape);
    expect(out.shape).toEqual([2000, 10]);
    const label = r.run.data.generated.table.columns.converted;
    const share = Array.from(label).reduce((a, b) => a + b, 0) / label.length; // the collected rows' class share
    expect(out.conversionRate as number).toBeCloseTo(share, 5);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('cleaning: the rows kept and each rule’s count of dropped rows', async () => {
    const out = await runSnippet('cleaning', { sessions: rowObjects(r.run.data.generated.table) });
    const counts = r.run.data.cleaned.counts;
    expect((out.clean as unknown[]).length).toBe(r.facts.keptRows);
    expect((out.clean as unknown[]).length).toBe(r.run.data.cleaned.table.length);
    expect(r.facts.keptRows).toBeLessThan(2000);
    expect(out.dropped).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
  });

  it('features: 12 columns; click_rate and time_since_last_click as the app computes them', async () => {
    const before = tf.memory().numTensors;
    const out = await runSnippet('features', { clean: rowObjects(r.run.data.cleaned.table) });
    const rows = out.features as Record<string, number>[];
    const app = r.run.data.features.columns;
    expect(rows).toHaveLength(r.facts.keptRows);
    expect(Object.keys(rows[0])).toHaveLength(12);
    expect(r.facts.featureCount).toBe(12);
    rows.forEach((row, i) => {
      expect(row.click_rate).toBeCloseTo(app.click_rate![i], 5);
      expect(row.time_since_last_click).toBeCloseTo(app.time_since_last_click![i], 2);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('training: the 80/20 split, the input width, the parameter count and a comparable validation accuracy', async () => {
    const before = tf.memory().numTensors;
    logs.length = 0;
    // The snippet shuffles with tf.util.shuffle and initialises with tfjs's defaults, both drawn from Math.random:
    // seeded here so the comparison below is the same on every machine (unseeded, one CI run in several fell 6.4
    // points from the app's accuracy).
    const rng = createRng(r.config.seed);
    const random = vi.spyOn(Math, 'random').mockImplementation(() => rng.next());
    const out = await runSnippet('training', { features: rowObjects(r.run.data.features) }).finally(() => random.mockRestore());
    const model = out.model as tf.Sequential;
    const [xVal, yVal] = [out.xVal as tf.Tensor, out.yVal as tf.Tensor];
    expect([out.nTrain, out.nVal]).toEqual([r.run.data.train.n, r.run.data.validation.n]);
    expect([out.nTrain, out.nVal]).toEqual([r.facts.trainRows, r.facts.validationRows]);
    expect(xVal.shape).toEqual([r.facts.validationRows, r.run.data.validation.d]);
    expect(yVal.shape).toEqual([r.facts.validationRows, 1]);
    expect(model.countParams()).toBe(r.run.model.countParams());
    expect(logs).toEqual([[r.facts.params]]);
    expect(r.facts.params).toBe(mlpParams(r.run.data.train.d, r.config.hidden1, r.config.hidden2));
    const history = (out.history as tf.History).history;
    expect(history.val_acc).toHaveLength(r.config.epochs);
    const appAccuracy = r.run.summary.epochs.at(-1)!.valAccuracy;
    // A different shuffle and initialisation: close, not equal. On 392 validation rows after 5 epochs that moves
    // accuracy by several points (72–79 % over seeds 1, 7, 42 and 99 against the app's 72.4 %), hence 10.
    expect(Math.abs((history.val_acc.at(-1) as number) - appAccuracy)).toBeLessThan(0.1);
    model.dispose();
    tf.dispose([xVal, yVal]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('validation: the confusion counts, accuracy and loss the app shows at the threshold', async () => {
    const [xVal, yVal] = validationTensors();
    const before = tf.memory().numTensors;
    const out = await runSnippet('validation', { model: r.run.model, xVal, yVal });
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xVal, yVal]);
    const app = r.run.summary.validation;
    expect({ tp: out.tp, fp: out.fp, tn: out.tn, fn: out.fn }).toEqual(app.confusion);
    expect(out.accuracy as number).toBeCloseTo(app.accuracy, 10);
    expect(out.precision as number).toBeCloseTo(app.precision, 10);
    expect(out.recall as number).toBeCloseTo(app.recall, 10);
    expect(out.loss as number).toBeCloseTo(app.loss, 3);
  });

  it('deployment: the uint8 size, the largest change in a prediction and the accuracy after quantization', async () => {
    const [xVal, yVal] = validationTensors();
    const weightsBefore = r.run.model.getWeights().map((w) => Array.from(w.dataSync()));
    const before = tf.memory().numTensors;
    const out = await runSnippet('deployment', { model: r.run.model, xVal, yVal });
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xVal, yVal]);
    const uint8 = r.run.summary.deployment.variants.find((v) => v.dtype === 'uint8')!;
    expect(out.weightBytes).toBe(uint8.weightBytes);
    expect(out.weightBytes).toBe(r.facts.params);
    expect(out.maxError as number).toBeCloseTo(uint8.maxAbsDiff, 4);
    expect(out.accuracy as number).toBeCloseTo(uint8.accuracy, 3);
    // The float32 weights are back in place.
    expect(r.run.model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weightsBefore);
  });

  it('monitoring: the rolling accuracy and the batches where the accuracy alert fires and resolves', async () => {
    const batches = r.run.ticks.map((t) => {
      const scored = t.rows - t.faulty;
      return { batch: t.tick, scored, correct: Math.round(t.batchAccuracy * scored) };
    });
    const out = await runSnippet('monitoring', { batches });
    const rolling = out.rolling as (number | null)[];
    r.run.ticks.forEach((t, i) => {
      if (t.rollingAccuracy === null) expect(rolling[i]).toBeNull();
      else expect(rolling[i]).toBeCloseTo(t.rollingAccuracy, 10);
    });
    const appAlerts = r.run.ticks.flatMap((t) =>
      t.events.filter((e) => e.rule === 'accuracy_below_threshold').map((e) => ({ batch: e.tick, kind: e.kind })),
    );
    expect(appAlerts.length).toBeGreaterThan(0);
    expect((out.alerts as { batch: number; kind: string }[]).map(({ batch, kind }) => ({ batch, kind }))).toEqual(appAlerts);
  });
});
