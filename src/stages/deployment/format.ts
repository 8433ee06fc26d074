/** Number formats for Stage 6. */
import { fmtInt, fmtMs } from '../../pipeline/summary';

export const fmtBytes = (n: number): string => `${fmtInt(n)} B`;
/** One format for measured times, shared with the card line and the checklist (pipeline/summary.ts). */
export { fmtMs };
/** Averages over many calls are finer than the clock: shown in microseconds when small. */
export const fmtMean = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : fmtMs(ms));
export const fmtDiff = (x: number): string => (x === 0 ? '0' : x.toExponential(1));
export const fmtPoints = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} points`;
