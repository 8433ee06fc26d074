/** Number formats for Stage 6. */
export const fmtBytes = (n: number): string => `${n.toLocaleString('en-US')} B`;
/** Browsers round performance.now() to 0.1 ms (or coarser), so shorter single timings read as "< 0.1 ms". */
export const fmtMs = (ms: number): string =>
  ms < 0.1 ? '< 0.1 ms' : ms < 10 ? `${ms.toFixed(2)} ms` : ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
/** Averages over many calls are finer than the clock: shown in microseconds when small. */
export const fmtMean = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : fmtMs(ms));
export const fmtDiff = (x: number): string => (x === 0 ? '0' : x.toExponential(1));
export const fmtPoints = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} points`;
