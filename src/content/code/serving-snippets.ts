/** Stages 6–7 as a practitioner would write them: TensorFlow.js and NumPy / pandas (see data-snippets.ts). */
import type { StageCode } from './stage-code';

export const DEPLOYMENT_CODE: StageCode = {
  picture: 'the uint8 levels the weights collapse onto',
  js: {
    inputs: ['model', 'xVal', 'yVal'],
    outputs: ['weightBytes', 'maxError', 'accuracy'],
    template: String.raw`
// Stage 6 — uint8 weights: w ≈ q·scale + min, one scale and min per tensor, 0 kept exact
// (tfjs's loader decodes exactly this; tensorflowjs_converter --quantize_uint8 writes it).
@@ const packed = model.getWeights().map((w) => {
@@   const v = w.dataSync();
@@   const lo = v.reduce((a, b) => Math.min(a, b), 0);
@@   const hi = v.reduce((a, b) => Math.max(a, b), 0);
@@   const scale = hi > lo ? (hi - lo) / {{quantLevels}} : 1;
@@   const min = hi > lo ? -Math.round(-lo / scale) * scale : lo;
@@   const q = Uint8Array.from(v, (x) => Math.min({{quantLevels}}, Math.max(0, Math.round((x - min) / scale))));
@@   return { shape: w.shape, q, scale, min };
@@ });
const weightBytes = packed.reduce((n, t) => n + t.q.length, 0); // {{params}} bytes; float32 needs 4 each
// Serve the decoded weights, compare with float32, put float32 back.
const float32 = model.getWeights().map((w) => w.clone());
const decoded = packed.map(({ shape, q, scale, min }) => tf.tensor(Float32Array.from(q, (k) => k * scale + min), shape));
const before = tf.tidy(() => model.predict(xVal).dataSync());
model.setWeights(decoded);
const after = tf.tidy(() => model.predict(xVal).dataSync());
model.setWeights(float32);
tf.dispose([...decoded, ...float32]);
const labels = yVal.dataSync();
let maxError = 0;
let right = 0;
for (let i = 0; i < after.length; i++) {
  maxError = Math.max(maxError, Math.abs(after[i] - before[i]));
  if ((after[i] >= {{threshold}}) === (labels[i] >= 0.5)) right++;
}
const accuracy = right / after.length;
`,
  },
  python: String.raw`
# Stage 6 — uint8 weights: w ≈ q·scale + min, one scale and min per tensor, 0 kept exact.
import numpy as np

packed = []
@@ for w in model.get_weights():
@@     lo, hi = min(0.0, float(w.min())), max(0.0, float(w.max()))
@@     scale = (hi - lo) / {{quantLevels}} if hi > lo else 1.0
@@     low = -round(-lo / scale) * scale if hi > lo else lo
@@     q = np.clip(np.round((w - low) / scale), 0, {{quantLevels}}).astype(np.uint8)
@@     packed.append((q, scale, low))
weight_bytes = sum(q.nbytes for q, _, _ in packed)  # {{params}} bytes; float32 needs 4 each
float_weights = model.get_weights()
p_float = model.predict(x_val).ravel()
model.set_weights([q * scale + low for q, scale, low in packed])
p_uint8 = model.predict(x_val).ravel()
model.set_weights(float_weights)
max_error = np.abs(p_uint8 - p_float).max()
accuracy = ((p_uint8 >= {{threshold}}) == (y_val >= 0.5)).mean()
`,
};

export const MONITORING_CODE: StageCode = {
  picture: 'the rolling accuracy and the alert line',
  js: {
    inputs: ['batches'],
    outputs: ['rolling', 'alerts'],
    template: String.raw`
// Stage 7 — rolling accuracy over the last {{windowTicks}} live batches ({{scenario}} drift);
// alert below {{alertThreshold}} after {{persistTicks}} batches in a row, resolve after as many above.
// batches: [{ batch, scored, correct }, …], one per live batch; correct counts p >= {{threshold}} matching the label.
const recent = [];
const rolling = [];
const alerts = [];
let firing = false;
let streak = 0;
for (const b of batches) {
  recent.push(b);
  if (recent.length > {{windowTicks}}) recent.shift();
  if (recent.length < {{windowTicks}}) {
    rolling.push(null);
    continue;
  }
@@   const accuracy = recent.reduce((s, r) => s + r.correct, 0) / recent.reduce((s, r) => s + r.scored, 0);
  rolling.push(accuracy);
@@   const below = accuracy < {{alertThreshold}};
@@   streak = below === firing ? 0 : streak + 1;
@@   if (streak >= {{persistTicks}}) {
@@     firing = below;
@@     streak = 0;
@@     alerts.push({ batch: b.batch, kind: firing ? 'fired' : 'resolved', accuracy });
@@   }
}
`,
  },
  python: String.raw`
# Stage 7 — rolling accuracy over the last {{windowTicks}} live batches ({{scenario}} drift);
# alert below {{alertThreshold}} after {{persistTicks}} batches in a row, resolve after as many above.
# batches: a DataFrame with one row per live batch: batch, scored, correct.
@@ window = batches[['scored', 'correct']].rolling({{windowTicks}}).sum()
@@ batches['rolling_accuracy'] = window['correct'] / window['scored']
firing, streak, alerts = False, 0, []
for row in batches.dropna(subset=['rolling_accuracy']).itertuples():
@@     below = row.rolling_accuracy < {{alertThreshold}}
@@     streak = 0 if below == firing else streak + 1
@@     if streak >= {{persistTicks}}:
        firing, streak = below, 0
        alerts.append((row.batch, 'fired' if firing else 'resolved', row.rolling_accuracy))
`,
};
