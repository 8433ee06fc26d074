/**
 * Seeded pseudo-random numbers. One `Rng` is created from the run's seed and
 * passed explicitly to every function that needs randomness (never Math.random).
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state),
 * seeded through splitmix32 so that neighbouring seeds give unrelated streams.
 * Hand-written rather than a dependency: it is 20 lines, and the hot loops of the
 * generator draw millions of numbers, where a closure over typed-array state is fastest.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal N(0, 1) (Box–Muller). */
  normal(): number;
  /** A new independent generator derived from this one (for sub-streams). */
  fork(): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a seeded generator. Equal seeds give identical sequences.
 *
 * The state lives in typed arrays, not in `let` variables: a closure's mutable
 * numbers are boxed as heap numbers whenever they leave the small-integer range
 * (31 bits in Chromium, whose V8 compresses pointers), so 32-bit state in `let`s
 * allocated on every draw and made generation about 2.5× slower in the browser
 * than in Node. Stored as int32 the sequence is bit-for-bit the same.
 */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  /** sfc32 state a, b, c, d (int32). */
  const s = new Int32Array([init(), init(), init(), init()]);
  const next = (): number => {
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  // Box–Muller makes two normals at a time; the second waits here.
  let hasSpare = false;
  const spare = new Float64Array(1);
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      if (hasSpare) {
        hasSpare = false;
        return spare[0];
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare[0] = r * Math.sin(2 * Math.PI * v);
      hasSpare = true;
      return r * Math.cos(2 * Math.PI * v);
    },
    fork: () => createRng(Math.floor(next() * 4294967296)),
  };
  return rng;
}

/** Index of a draw from a discrete distribution given cumulative weights summing to 1. */
export function pickCumulative(rng: Rng, cumulative: readonly number[]): number {
  const u = rng.next();
  for (let i = 0; i < cumulative.length - 1; i++) if (u < cumulative[i]) return i;
  return cumulative.length - 1;
}

/** In-place Fisher–Yates shuffle of a typed or plain array. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(rng: Rng, a: T): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/** 0..n-1 as a Uint32Array, shuffled. */
export function permutation(rng: Rng, n: number): Uint32Array {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return shuffleInPlace(rng, idx);
}
