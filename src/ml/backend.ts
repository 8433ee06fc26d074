/**
 * Choosing where tfjs runs. `tf.setBackend` resolves false (it does not throw)
 * when a backend cannot start, so each candidate's result is checked, in order.
 */
import * as tf from '@tensorflow/tfjs';
import { describeTimings, fastest, measureStepMs, type ProbeTiming, type Workload } from './backend-probe';
import { probeWebgl, shortRenderer, type WebglProbe } from './webgl-probe';

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
  /** Set when 'auto' timed the candidates on this machine (hardware GPU only). */
  readonly timings?: readonly ProbeTiming<BackendName>[];
}

/**
 * Where the WASM backend's binaries are served from: a URL prefix, or a URL per file. Only the
 * single-threaded builds: the threaded-SIMD one needs SharedArrayBuffer, i.e. a cross-origin-isolated
 * page (COOP + COEP headers), which the app does not ask for, so it is neither shipped nor loaded.
 */
export type WasmPaths = string | Partial<Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm', string>>;

/** Registers the WASM backend on first use, loading its binaries from `wasmPaths` (our own origin). */
async function prepareWasm(wasmPaths?: WasmPaths): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // Never pick the threaded binary, even on an isolated page: it is not shipped (see WasmPaths).
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  // setWasmPaths insists on an entry for every binary; this one is never fetched (the flag above),
  // and if it ever were, the page's CSP (connect-src 'self') would refuse a data: URL loudly.
  if (typeof wasmPaths === 'string') wasm.setWasmPaths(wasmPaths);
  else if (wasmPaths) wasm.setWasmPaths({ ...wasmPaths, 'tfjs-backend-wasm-threaded-simd.wasm': THREADED_NOT_SHIPPED });
}

const THREADED_NOT_SHIPPED = 'data:,threaded-simd-wasm-is-not-shipped';

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
      note: `WebGL here is software-rendered (${shortRenderer(webgl.renderer)}), slower than WebAssembly for a model this small`,
    };
  }
  return { order: [...BACKEND_ORDER], note: `WebGL is hardware-accelerated (${shortRenderer(webgl.renderer)})` };
}

/** What chooseBackendFor looks at; tests replace them. */
export interface ChoiceProbes {
  readonly webgl?: () => WebglProbe;
  /** ms per training step of `work` on the active backend */
  readonly measure?: (work: Workload) => Promise<number>;
}

const LABEL: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'plain JavaScript' };

/**
 * Chooses a backend for a preference, with the reason in words. With 'auto'
 * on a hardware GPU and a known workload, WebGL and WebAssembly are each timed
 * on a few training steps of that model and batch, and the faster one wins.
 */
export async function chooseBackendFor(
  preference: BackendPreference,
  wasmPaths?: WasmPaths,
  work?: Workload,
  probes: ChoiceProbes = {},
): Promise<BackendChoice> {
  const webgl = (probes.webgl ?? probeWebgl)();
  const { order, note } = backendOrderFor(preference, webgl);
  if (preference === 'auto' && webgl.available && !webgl.software && work) {
    return raceOnWorkload(work, note, wasmPaths, probes.measure ?? measureStepMs);
  }
  const choice = await chooseBackend(order, wasmPaths);
  return { ...choice, reason: `${choice.reason} (${note})` };
}

async function raceOnWorkload(
  work: Workload,
  note: string,
  wasmPaths: WasmPaths | undefined,
  measure: (work: Workload) => Promise<number>,
): Promise<BackendChoice> {
  const attempts: BackendAttempt[] = [];
  const timings: ProbeTiming<BackendName>[] = [];
  for (const name of ['webgl', 'wasm'] as const) {
    const attempt = await tryBackend(name, wasmPaths);
    if (attempt.ok) {
      try {
        timings.push({ backend: name, msPerStep: await measure(work) });
      } catch (e) {
        attempts.push({ name, ok: false, error: `its timed probe failed: ${e instanceof Error ? e.message : String(e)}` });
        continue;
      }
    }
    attempts.push(attempt);
  }
  const best = fastest(timings);
  const settled = best && (tf.getBackend() === best.backend || (await tryBackend(best.backend, wasmPaths)).ok);
  if (!best || !settled) {
    const fallback = await chooseBackend(['wasm', 'cpu'], wasmPaths);
    return { ...fallback, attempts: [...attempts, ...fallback.attempts], reason: `${fallback.reason} (${note})` };
  }
  const reason =
    timings.length > 1
      ? `${LABEL[best.backend]} was faster in a short timed probe on this machine: ${describeTimings(timings, work)} (${note})`
      : `${LABEL[best.backend]} is the only fast backend that started here: ${describeTimings(timings, work)} (${note})`;
  return { backend: best.backend, reason, attempts, timings };
}

/** The name of the backend tfjs is running on now. */
export function activeBackend(): string {
  return tf.getBackend();
}

/** tf.memory().numTensors: live tensors on the active engine (for leak checks). */
export function tensorCount(): number {
  return tf.memory().numTensors;
}
