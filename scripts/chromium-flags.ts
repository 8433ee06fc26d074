/**
 * Chromium's flags for every headless run here (the browser suite and the benchmark): WebGL through
 * SwiftShader when there is no GPU, and no background network traffic (tests fail on any request
 * that leaves 127.0.0.1).
 */
export const CHROMIUM_FLAGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
