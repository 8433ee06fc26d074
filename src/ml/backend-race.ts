/**
 * The backend race: the same float32 package loaded and timed on every tfjs
 * backend this browser can start (WebGL, WASM, CPU), then the active backend
 * is restored. A backend that will not start is reported with the reason, and
 * WebGL on a software renderer (SwiftShader, llvmpipe) is named as such.
 */
import * as tf from '@tensorflow/tfjs';
import type { Encoded } from '../pipeline/prepare';
import { BACKEND_ORDER, chooseBackend, type BackendName, type WasmPaths } from './backend';
import { maxAbsDiff } from './deploy';
import { measureLatency, type LatencyReport } from './latency';
import { predictProba } from './predict';
import { loadPackage, type ModelPackage } from './quantize';
import { probeWebgl, shortRenderer, type WebglProbe } from './webgl-probe';

export interface RaceEntry {
  readonly backend: BackendName;
  readonly available: boolean;
  /** Why it is unavailable, or what it runs on (e.g. a software GPU). */
  readonly note: string;
  readonly latency: LatencyReport | null;
  /** Largest |p − p_active| over the rows: every backend should give the same answers. */
  readonly maxAbsDiff: number | null;
  /** First time this backend ran in this session: its cold figure includes its start-up (shader compilation on WebGL). */
  readonly firstUse: boolean;
}

export interface RaceReport {
  /** The backend the model is served from (restored after the race). */
  readonly active: string;
  readonly rows: number;
  readonly runs: number;
  readonly webgl: WebglProbe;
  readonly entries: readonly RaceEntry[];
}

export interface RaceOptions {
  readonly order?: readonly BackendName[];
  readonly wasmPaths?: WasmPaths;
  /** Warm single-row timings per backend (default 50). */
  readonly runs?: number;
  /** Backends that already ran in this session; updated in place. */
  readonly used: Set<string>;
  /** Checked between prediction chunks and timing groups: an abort stops the race with WorkCancelled. */
  readonly signal?: AbortSignal;
}

function webglNote(probe: WebglProbe): string {
  if (!probe.available) return 'no WebGL2 context could be created here';
  if (probe.software) {
    return `WebGL here is software-rendered (${shortRenderer(probe.renderer)}): there is no GPU, so the “GPU” maths runs on the CPU through an emulator`;
  }
  return `WebGL on a hardware GPU (${shortRenderer(probe.renderer)})`;
}

async function switchTo(name: BackendName, wasmPaths?: WasmPaths): Promise<string | null> {
  try {
    await chooseBackend([name], wasmPaths);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return message.replace(/^No tfjs backend could start: [a-z]+: /, '');
  }
}

/**
 * Times `pkg` on each backend of `order` with `data` ([n × d] rows): a fresh
 * load per backend, cold first call, warm percentiles for one row and for all
 * rows. `reference` holds the active backend's probabilities for `data`.
 * Restores the active backend and leaves no tensors behind.
 */
export async function raceBackends(
  pkg: ModelPackage,
  data: Encoded,
  reference: Float32Array,
  o: RaceOptions,
): Promise<RaceReport> {
  const active = tf.getBackend();
  const webgl = probeWebgl();
  const entries: RaceEntry[] = [];
  try {
    for (const backend of o.order ?? BACKEND_ORDER) {
      const note =
        backend === 'webgl'
          ? webglNote(webgl)
          : backend === 'wasm'
            ? 'WebAssembly (SIMD when this browser supports it)'
            : 'plain JavaScript';
      const error = await switchTo(backend, o.wasmPaths);
      if (error !== null) {
        entries.push({
          backend,
          available: false,
          note: `${note}; it did not start (${error})`,
          latency: null,
          maxAbsDiff: null,
          firstUse: false,
        });
        continue;
      }
      const firstUse = !o.used.has(backend);
      o.used.add(backend);
      const model = await loadPackage(pkg);
      try {
        const latency = await measureLatency(model, data, o.runs ?? 50, o.signal);
        const p = await predictProba(model, data, { signal: o.signal });
        entries.push({ backend, available: true, note, latency, maxAbsDiff: maxAbsDiff(p, reference), firstUse });
      } finally {
        model.dispose();
      }
    }
  } finally {
    // Unconditionally: after a failed start tf.getBackend() may report the failed name.
    await tf.setBackend(active);
  }
  return { active, rows: data.n, runs: o.runs ?? 50, webgl, entries };
}
