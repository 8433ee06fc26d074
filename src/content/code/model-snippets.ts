/** Stages 4–5 as a practitioner would write them: TensorFlow.js and Keras / scikit-learn (see data-snippets.ts). */
import type { StageCode } from './stage-code';

export const TRAINING_CODE: StageCode = {
  picture: 'the 80/20 split and the training the epoch chart follows',
  js: {
    inputs: ['features'],
    outputs: ['model', 'xVal', 'yVal', 'history', 'nTrain', 'nVal'],
    template: String.raw`
// Stage 4 — split {{trainRows}} / {{validationRows}}, scale, train {{inputSize}} → {{hidden1}} → {{hidden2}} → 1.
const FEATURES = {{featureColumns}};
const LOG1P = {{logColumns}};
const CATEGORIES = { device: {{devices}}, source: {{sources}} };
// One row → {{inputSize}} numbers: categories one-hot, skewed counts log1p-compressed.
const encode = (r) => FEATURES.flatMap((f) => CATEGORIES[f]
  ? CATEGORIES[f].map((c) => (r[f] === c ? 1 : 0))
  : [LOG1P.includes(f) ? Math.log1p(Math.max(0, r[f])) : r[f]]);
@@ const rows = [...features];
@@ tf.util.shuffle(rows);
@@ const nVal = Math.round(rows.length * {{validationShare}});
@@ const nTrain = rows.length - nVal;
const [xTrain, yTrain, xVal, yVal] = tf.tidy(() => {
  const x = (rs) => tf.tensor2d(rs.map(encode), [rs.length, {{inputSize}}]);
  const y = (rs) => tf.tensor2d(rs.map((r) => [r.converted]), [rs.length, 1]);
  const train = x(rows.slice(nVal));
  // Mean and spread from the training rows only; one-hot columns stay 0/1.
  const oneHot = tf.tensor1d(FEATURES.flatMap((f) => (CATEGORIES[f] ?? [f]).map(() => (CATEGORIES[f] ? 1 : 0))), 'bool');
  const { mean, variance } = tf.moments(train, 0);
  const sd = variance.sqrt();
  const shift = tf.where(oneHot, tf.zerosLike(mean), mean);
  const scale = tf.where(oneHot.logicalOr(sd.equal(0)), tf.onesLike(sd), sd);
  const scaled = (t) => t.sub(shift).div(scale);
  return [scaled(train), y(rows.slice(nVal)), scaled(x(rows.slice(0, nVal))), y(rows.slice(0, nVal))];
});
@@ const model = tf.sequential({ layers: [
@@   tf.layers.dense({ inputShape: [{{inputSize}}], units: {{hidden1}}, activation: 'relu', kernelInitializer: 'heNormal' }),
@@   tf.layers.dense({ units: {{hidden2}}, activation: 'relu', kernelInitializer: 'heNormal' }),
@@   tf.layers.dense({ units: 1, activation: 'sigmoid' }),
@@ ] });
const optimizer = tf.train.adam({{learningRate}});
model.compile({ optimizer, loss: 'binaryCrossentropy', metrics: ['accuracy'] });
console.log(model.countParams()); // {{params}}
@@ const history = await model.fit(xTrain, yTrain, {
@@   epochs: {{epochs}}, batchSize: {{batchSize}}, validationData: [xVal, yVal],
@@ });
tf.dispose([xTrain, yTrain]);
optimizer.dispose(); // model, xVal and yVal go on to validation
`,
  },
  python: String.raw`
# Stage 4 — split {{trainRows}} / {{validationRows}}, scale, train {{inputSize}} → {{hidden1}} → {{hidden2}} → 1.
import numpy as np
import tensorflow as tf
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

FEATURES = {{featureColumns}}
LOG1P = {{logColumns}}
CATEGORIES = {'device': {{devices}}, 'source': {{sources}}}
numeric = [f for f in FEATURES if f not in CATEGORIES]
encoder = ColumnTransformer([
    ('one_hot', OneHotEncoder(categories=list(CATEGORIES.values())), list(CATEGORIES)),
    ('log_scale', make_pipeline(FunctionTransformer(lambda x: np.log1p(np.maximum(x, 0))), StandardScaler()),
     [f for f in numeric if f in LOG1P]),
    ('scale', StandardScaler(), [f for f in numeric if f not in LOG1P]),
])
@@ train, val = train_test_split(features, test_size={{validationShare}}, random_state={{seed}})
x_train = encoder.fit_transform(train[FEATURES])  # fitted on the training rows only
x_val = encoder.transform(val[FEATURES])
y_train, y_val = train['converted'].to_numpy(), val['converted'].to_numpy()
@@ model = tf.keras.Sequential([
@@     tf.keras.Input(shape=({{inputSize}},)),
@@     tf.keras.layers.Dense({{hidden1}}, activation='relu', kernel_initializer='he_normal'),
@@     tf.keras.layers.Dense({{hidden2}}, activation='relu', kernel_initializer='he_normal'),
@@     tf.keras.layers.Dense(1, activation='sigmoid'),
@@ ])
model.compile(optimizer=tf.keras.optimizers.Adam({{learningRate}}), loss='binary_crossentropy', metrics=['accuracy'])
assert model.count_params() == {{params}}
@@ history = model.fit(x_train, y_train, epochs={{epochs}}, batch_size={{batchSize}}, validation_data=(x_val, y_val))
`,
};

export const VALIDATION_CODE: StageCode = {
  picture: 'the four cells of the confusion matrix at the threshold',
  js: {
    inputs: ['model', 'xVal', 'yVal'],
    outputs: ['tp', 'fp', 'tn', 'fn', 'accuracy', 'precision', 'recall', 'loss'],
    template: String.raw`
// Stage 5 — validate on the {{validationRows}} held-out rows, threshold {{threshold}}.
const [tp, fp, tn, fn, loss] = tf.tidy(() => {
  const p = model.predict(xVal);
@@   const predicted = p.greaterEqual({{threshold}}).squeeze();
@@   const actual = yVal.greaterEqual(0.5).squeeze();
@@   const count = (a, b) => a.logicalAnd(b).sum().dataSync()[0];
@@   return [count(predicted, actual), count(predicted, actual.logicalNot()),
@@     count(predicted.logicalNot(), actual.logicalNot()), count(predicted.logicalNot(), actual),
    tf.metrics.binaryCrossentropy(yVal, p).mean().dataSync()[0]];
});
const accuracy = (tp + tn) / (tp + fp + tn + fn);
const precision = tp / (tp + fp); // of the sessions predicted to convert, the share that did
const recall = tp / (tp + fn); // of the sessions that converted, the share predicted
`,
  },
  python: String.raw`
# Stage 5 — validate on the {{validationRows}} held-out rows, threshold {{threshold}}.
from sklearn.metrics import confusion_matrix, log_loss, precision_score, recall_score

p = model.predict(x_val).ravel()
@@ predicted = (p >= {{threshold}}).astype(int)
@@ tn, fp, fn, tp = confusion_matrix(y_val, predicted, labels=[0, 1]).ravel()
accuracy = (tp + tn) / len(y_val)
precision, recall = precision_score(y_val, predicted), recall_score(y_val, predicted)
loss = log_loss(y_val, p)
`,
};
