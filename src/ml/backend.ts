/**
 * Choosing where tfjs runs. `tf.setBackend` resolves false (it does not throw)
 * when a backend cannot start, so each candidate's result is checked, in order.
 */
import * as tf from '@tensorflow/tfjs';
import { probeWebgl, type WebglProbe } from './webgl-probe';

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export const BACKEND_ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];
/** What the learner asked for: a backend, or 'auto'. */
export type BackendPreference = 'auto' | BackendName;

export interface BackendAttempt {
  readonly name: BackendName;
  readonly ok: boolean;
  readonly error?: string;
}

export interface BackendChoice {
  readonly backend: BackendName;
  /** One sentence a learner can read: why this backend. */
  readonly reason: string;
  readonly attempts: readonly BackendAttempt[];
}

/** Where the WASM backend's binaries are served from: a URL prefix, or a URL per file. */
export type WasmPaths =
  | string
  | Partial<Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>>;

/** Registers the WASM backend on first use, loading its binaries from `wasmPaths` (our own origin). */
async function prepareWasm(wasmPaths?: WasmPaths): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  if (wasmPaths) wasm.setWasmPaths(wasmPaths);
}

async function tryBackend(name: BackendName, wasmPaths?: WasmPaths): Promise<BackendAttempt> {
  try {
    if (name === 'wasm') await prepareWasm(wasmPaths);
    const ok = await tf.setBackend(name);
    if (!ok) return { name, ok: false, error: 'it did not start' };
    await tf.ready();
    return tf.getBackend() === name ? { name, ok: true } : { name, ok: false, error: 'tfjs kept another backend' };
  } catch (e) {
    return { name, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const WHY: Record<BackendName, string> = {
  webgl: 'WebGL started: the GPU runs the matrix maths',
  wasm: 'WebAssembly started: fast CPU maths, usually the quickest for a model this small',
  cpu: 'plain JavaScript CPU maths, which works everywhere',
};

/**
 * Tries `order` until one backend starts.
 * @throws Error when none starts (tfjs's cpu backend always should)
 */
export async function chooseBackend(
  order: readonly BackendName[] = BACKEND_ORDER,
  wasmPaths?: WasmPaths,
): Promise<BackendChoice> {
  const attempts: BackendAttempt[] = [];
  for (const name of order) {
    const attempt = await tryBackend(name, wasmPaths);
    attempts.push(attempt);
    if (attempt.ok) {
      const failed = attempts.filter((a) => !a.ok).map((a) => `${a.name} failed (${a.error})`);
      const reason = failed.length ? `${WHY[name]}; ${failed.join('; ')}` : WHY[name];
      return { backend: name, reason: reason.charAt(0).toUpperCase() + reason.slice(1), attempts };
    }
  }
  throw new Error(`No tfjs backend could start: ${attempts.map((a) => `${a.name}: ${a.error}`).join('; ')}`);
}

/**
 * The order to try for a preference. 'auto' puts WebGL first only when it is
 * hardware-accelerated; on a software renderer WebAssembly comes first and
 * WebGL last. An explicit choice is tried first, then the usual fallbacks.
 */
export function backendOrderFor(preference: BackendPreference, webgl: WebglProbe): { order: BackendName[]; note: string } {
  if (preference !== 'auto') {
    return { order: [preference, ...BACKEND_ORDER.filter((b) => b !== preference)], note: `${preference} was chosen by hand` };
  }
  if (!webgl.available) return { order: ['wasm', 'cpu'], note: 'no WebGL2 here' };
  if (webgl.software) {
    return {
      order: ['wasm', 'cpu', 'webgl'],
      note: `WebGL here is software-rendered (${webgl.renderer.slice(0, 60)}), slower than WebAssembly for a model this small`,
    };
  }
  return { order: [...BACKEND_ORDER], note: `WebGL is hardware-accelerated (${webgl.renderer.slice(0, 60)})` };
}

/** Chooses a backend for a preference, with the reason in words. */
export async function chooseBackendFor(preference: BackendPreference, wasmPaths?: WasmPaths): Promise<BackendChoice> {
  const { order, note } = backendOrderFor(preference, probeWebgl());
  const choice = await chooseBackend(order, wasmPaths);
  return { ...choice, reason: `${choice.reason} (${note})` };
}

/** The name of the backend tfjs is running on now. */
export function activeBackend(): string {
  return tf.getBackend();
}

/** tf.memory().numTensors: live tensors on the active engine (for leak checks). */
export function tensorCount(): number {
  return tf.memory().numTensors;
}
