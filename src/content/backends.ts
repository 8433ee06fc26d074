/** The compute backends' names in prose (the training and deployment stages both name them). */
export const BACKEND_NAMES = {
  webgl: 'WebGL (the GPU)',
  wasm: 'WebAssembly (wasm)',
  cpu: 'CPU (plain JavaScript)',
} as const;
