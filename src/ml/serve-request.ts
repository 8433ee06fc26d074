/**
 * One serving request that scores a page of rows (e.g. 1,000 candidate
 * sessions to rank), timed end to end: either one model call per row (the
 * per-row pattern a first service often has) or one batched call. Per-call
 * overhead dominates this small model, so the pattern decides the latency.
 */
import { quantile } from '../pipeline/quantile';

export type CallPattern = 'per-row' | 'batched';

/** Scores `n` rows of `d` values (row-major) in one model call; resolves to n probabilities. */
export type ScoreCall = (x: Float32Array, n: number) => Promise<Float32Array>;

export interface RequestTiming {
  /** Model calls one request makes. */
  readonly callsPerRequest: number;
  /** Median request latency over the timed requests, ms. */
  readonly p50Ms: number;
  /** The first request's probabilities (the same for both patterns). */
  readonly p: Float32Array;
}

/**
 * Times `requests` requests of `n` rows each with `pattern`.
 * @param now the clock (ms); injectable so the symptom logic can be tested without timing anything
 */
export async function timeRequests(
  score: ScoreCall,
  x: Float32Array,
  n: number,
  d: number,
  pattern: CallPattern,
  requests: number,
  now: () => number = () => performance.now(),
): Promise<RequestTiming> {
  const times: number[] = [];
  let first: Float32Array | null = null;
  for (let r = 0; r < requests; r++) {
    const t0 = now();
    let p: Float32Array;
    if (pattern === 'batched') p = await score(x.subarray(0, n * d), n);
    else {
      p = new Float32Array(n);
      for (let i = 0; i < n; i++) p[i] = (await score(x.subarray(i * d, (i + 1) * d), 1))[0];
    }
    times.push(now() - t0);
    first ??= p;
  }
  return { callsPerRequest: pattern === 'batched' ? 1 : n, p50Ms: quantile(times, 0.5), p: first ?? new Float32Array(0) };
}
