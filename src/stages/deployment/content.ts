/** Teaching text for Stage 6 — Deployment Preparation (prose only; every number comes from the store). */
import type { BackendName } from '../../ml/backend';

export const DEPLOY_TEXT = {
  lead:
    'A trained model is not yet a product. Before it serves real users it has to be small enough to send, fast enough to ' +
    'answer within a latency budget, as accurate after compression as before, packaged with everything a server needs to ' +
    'feed it correctly — and you need a way back if it goes wrong. Every number here is measured on this run’s model, in ' +
    'your browser.',
  variantsHeading: 'Compress the model',
  variantsLead:
    'The weights are re-encoded from 32-bit floats to 16-bit floats and to 16- and 8-bit integers (one scale and offset per ' +
    'tensor, in TensorFlow.js’s own weights-manifest format), then each package is loaded back with tf.loadLayersModel and ' +
    'scored on the validation rows.',
  variantsCaption: 'Model package variants',
  measuring: 'Measuring every variant in your browser…',
  sameSpeed:
    'Quantization shrinks the download, not the arithmetic: TensorFlow.js turns the weights back into 32-bit floats when it ' +
    'loads them, so every variant predicts at the same speed and the latency differences are measurement noise.',
  topology:
    'For a model this small the model.json topology is larger than the weights, so 8-bit weights shrink the whole package ' +
    'far less than 4×. On a model with millions of weights the weights dominate and the ratio approaches 4×.',
  latencyHeading: 'Latency in your browser',
  latencyLead:
    'The first prediction of a freshly loaded model is “cold”: it pays for uploading the weights and, on WebGL, compiling ' +
    'shaders. Warm predictions are what users see afterwards; p95 is the time 95 % of requests beat. The budget applies to ' +
    'the warm p95 of one request (one row). Browsers round their clock to 0.1 ms for privacy, so very fast calls read as “< 0.1 ms”.',
  race: 'Race the backends',
  racing: 'Racing: loading and timing the model on each backend…',
  raceLead:
    'The race loads the float32 package on every backend your browser can start, times it the same way, and then switches ' +
    'back. It runs in the background worker, so the page stays responsive.',
  raceCaption: 'Backend race',
  firstUse: 'first use: includes start-up',
  raceWhy: {
    webgl:
      'WebGL sends every call to the GPU and reads the answer back; for 385 weights that fixed round trip costs far more than ' +
      'the maths, so WebGL wins only with big models or big batches.',
    wasm: 'WebAssembly runs compiled, SIMD-vectorised code on the CPU with almost no per-call overhead: ideal for small models.',
    cpu: 'Plain JavaScript needs no start-up and no GPU, but does the maths one number at a time.',
  } satisfies Record<BackendName, string>,
  skewHeading: 'Training/serving skew',
  skewLead:
    'The most common production bug is not a crash: it is a server that computes a feature slightly differently from the ' +
    'training code. Pick a bug and serve the validation rows through it.',
  skewButton: 'Serve the validation rows with this bug',
  skewCaption: 'Skews served so far',
  downloadHeading: 'Download the model package',
  downloadLead:
    'Three files: the model (topology and weights manifest) and its weights, which tf.loadLayersModel loads as they are, and a ' +
    'metadata file with everything needed to serve them correctly — the feature order, the scaler’s means and standard ' +
    'deviations, how categories are encoded, the decision threshold, the validation metrics, the seed and configuration, and ' +
    'when the package was made.',
  download: 'Download model package',
  downloadZip: 'Download as one .zip file',
  checklistHeading: 'Production-readiness checklist',
  checklistLead:
    'In the spirit of Google’s ML Test Score: each item is decided by a fact measured on this run, not ticked by hand. ' +
    'Items that depend on monitoring are settled in the next stage.',
  whyItMatters:
    'Why this matters in production: a model that is 2 points better in a notebook but misses its latency budget, or is ' +
    'served with the wrong scaler, is worse for users than a plain one that was packaged and checked properly.',
} as const;

export const DTYPE_LABELS: Readonly<Record<string, string>> = {
  float32: 'float32 (as trained)',
  float16: 'float16',
  uint16: 'uint16 (affine)',
  uint8: 'uint8 (affine)',
};
