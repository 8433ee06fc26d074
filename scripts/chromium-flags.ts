/**
 * Chromium's flags for every headless run here (the browser suite and the benchmark): WebGL through
 * SwiftShader when there is no GPU, and no background network traffic (tests fail on any request
 * that leaves 127.0.0.1). Compositing in software, as Chrome does on a laptop without a GPU: with
 * SwiftShader as the compositor (the default under --use-angle=swiftshader) any canvas redrawn each
 * frame misses every tenth frame or so even on a bare page (rAF p95 33 ms vs 16.7 ms in software).
 */
export const CHROMIUM_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu-compositing',
];
