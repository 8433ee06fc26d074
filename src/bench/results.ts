/**
 * The benchmark page's results: plain data that `scripts/bench/run.ts` reads
 * from `window.__bench` and turns into the table and the JSON document.
 * Times are milliseconds, memory is bytes.
 */

/** Timed runs (after a warm-up) with their median and range. */
export interface Summary {
  readonly runs: number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface TrainingCase extends Summary {
  readonly available: true;
  /** The tfjs backend the case ran on ('js' for the hand-written floor). */
  readonly backend: string;
  /** Validation accuracy after the last timed run: a check that the case really trained. */
  readonly valAccuracy: number;
}

export interface UnavailableCase {
  readonly available: false;
  readonly backend: string;
  readonly reason: string;
}

export type FitCase = TrainingCase | UnavailableCase;

export interface EngineCase extends TrainingCase {
  readonly backendReason: string;
  /** The first Train in a fresh worker (backend start-up included), not part of the runs. */
  readonly coldMs: number;
  /** The engine's own figure for the training loop alone (TrainOutcome.ms). */
  readonly loopMs: Summary;
}

export interface LongTaskResult {
  /** Longest 'longtask' entry (tasks over 50 ms) on the page's main thread while the engine trained; null when none. */
  readonly maxMs: number | null;
  readonly count: number;
  /** Largest lateness of a 20 ms timer on the main thread over the same period (catches tasks under 50 ms). */
  readonly maxTimerDelayMs: number;
  /** Whether the browser reports 'longtask' entries at all. */
  readonly supported: boolean;
}

export interface PredictResult {
  readonly backend: string;
  readonly coldMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly runs: number;
  /** Mean of a burst of back-to-back single-row predictions (finer than the clock's resolution). */
  readonly meanMs: number;
  readonly clockResolutionMs: number;
  /** Warm prediction of all validation rows at once, p50. */
  readonly batchRows: number;
  readonly batchP50Ms: number;
}

export type HeapSource = 'cdp' | 'performance.memory' | 'none';

export interface DataScaleResult {
  readonly rows: number;
  /** generate + clean + engineerFeatures, ms. */
  readonly ms: Summary;
  /** Peak heap over the stage boundaries, per run. */
  readonly peakHeapBytes: Summary;
  /** Heap after a garbage collection, just before the run. */
  readonly baselineBytes: number;
  /** Median ms per stage. */
  readonly stages: { readonly generate: number; readonly clean: number; readonly features: number };
  /** Rows out of each stage (a check that the work was done). */
  readonly rowCounts: { readonly generated: number; readonly cleaned: number; readonly features: number };
}

export interface WebglInfo {
  readonly available: boolean;
  readonly software: boolean;
  readonly renderer: string;
}

export interface BenchConfig {
  readonly runs: number;
  readonly webglRuns: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly hidden1: number;
  readonly hidden2: number;
  readonly trainRows: number;
  readonly validationRows: number;
  readonly inputSize: number;
}

export interface PageResults {
  readonly userAgent: string;
  readonly webgl: WebglInfo;
  readonly heapSource: HeapSource;
  readonly config: BenchConfig;
  readonly engine: EngineCase;
  /** The engine with WebGL forced: against fit-webgl, the same backend. */
  readonly engineWebgl: EngineCase | UnavailableCase;
  readonly fit: { readonly webgl: FitCase; readonly wasm: FitCase; readonly cpu: FitCase };
  readonly floor: TrainingCase;
  readonly longTask: LongTaskResult;
  readonly predict: PredictResult;
  readonly data: DataScaleResult[];
  readonly totalMs: number;
}

/** `bench.html?only=engine`: the engine (with its long-task watch) and the floor it is compared with. */
export interface EngineOnlyResults {
  readonly engine: EngineCase;
  readonly floor: FitCase;
  readonly longTask: LongTaskResult;
}

export interface BenchState {
  done: boolean;
  results?: PageResults;
  engineOnly?: EngineOnlyResults;
  error?: string;
}

declare global {
  interface Window {
    /** Set by the benchmark page (src/bench/main.ts), read by scripts/bench/run.ts. */
    __bench?: BenchState;
  }
}

/** Median and range of `runs`. */
export function summarize(runs: readonly number[]): Summary {
  const s = [...runs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { runs: [...runs], median, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}
