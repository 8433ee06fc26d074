/** Teaching text for Stage 4 — Model Training (prose only; every number comes from the store). */

export const TRAINING_TEXT = {
  lead:
    'The model is a small neural network: the session’s features go in, two hidden layers of ReLU units combine them, and one ' +
    'sigmoid unit gives the probability that a session converts. It learns from the 80 % training split, epoch by epoch: ' +
    'each epoch shows it every training row once and nudges the weights to lower the loss. After every epoch it is also ' +
    'scored on the 20 % validation rows it never learns from, which is how you catch overfitting while it happens.',
  settingsHeading: 'Settings',
  knobsLocked: 'The settings are locked while the model trains: press Stop to change them.',
  runHeading: 'Train the model',
  train: 'Train',
  stop: 'Stop',
  progressLabel: 'Training progress',
  staleData: 'The data settings changed since the data was built: Train rebuilds the data first, then trains on it.',
  backendHeading: 'Where it runs',
  backendBefore:
    'The backend is chosen when training starts. On Auto, WebGL (the GPU) is used only when this device has a real GPU; ' +
    'otherwise WebAssembly, otherwise plain JavaScript. Training runs in a background worker, so the page stays responsive.',
  chartsHeading: 'Loss and accuracy, epoch by epoch',
  chartsEmpty: 'The charts fill in as each epoch finishes.',
  lossCaption: 'Loss per epoch (lower is better)',
  accuracyCaption: 'Accuracy per epoch (higher is better)',
  /**
   * Why epoch 1 can show validation loss below training loss — true for how this app computes them (ml/train.ts):
   * the training loss is the mean over the epoch's batches, each scored before its own update, by weights that were
   * still improving; the validation loss is measured once, by the weights at the epoch's end. Nothing is dropped out.
   */
  epochOneNote: (train: string, validation: string) =>
    `Why is epoch 1’s validation loss (${validation}) below its training loss (${train})? The training loss is averaged ` +
    'over the epoch’s batches while the model was still learning, mostly by early, worse weights; the validation loss ' +
    'is measured once, with the weights at the end of the epoch.',
  tableHeading: 'Training trace',
  tableCaption: 'Training trace — epoch by epoch',
  tableEmpty: 'No epochs yet: press Train and they appear here one by one.',
  whyItMatters:
    'Why this matters in production: a model is only as good as the run that made it. Watching training and validation ' +
    'loss side by side shows whether it learned patterns that carry over to new rows, or memorised the training rows.',
};

export const STATUS_TEXT = {
  noData: 'No data yet: Train becomes available once the data is prepared.',
  preparing: 'Preparing the data… Train becomes available when it is ready.',
  dataError: 'The data could not be prepared:',
  ready: 'Ready: press Train to train the model.',
  stopped: 'Stopped: nothing from the stopped run is kept. Press Train to start again.',
  failed: 'Training failed:',
};

export const KNOB_HINTS = {
  epochs: 'How many times the model sees every training row.',
  batchSize: 'Rows per weight update: small batches learn noisily, large ones run faster per epoch.',
  learningRate: 'How big each weight update is: too high and the loss jumps around, too low and it barely moves.',
  hidden1: 'Units in the first hidden layer: more units can learn more, and memorise more.',
  hidden2: 'Units in the second hidden layer.',
  backend:
    'Where the maths runs. Auto times a few training steps on WebGL and WebAssembly when there is a real GPU and keeps the faster; without one, WebAssembly is faster.',
} as const;

/** Words for the backend choices. */
export const BACKEND_LABELS: Record<string, string> = {
  auto: 'Auto (fastest that works here)',
  webgl: 'WebGL (GPU)',
  wasm: 'WebAssembly (CPU, SIMD)',
  cpu: 'Plain JavaScript (CPU)',
};
