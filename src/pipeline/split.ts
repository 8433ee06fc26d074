/**
 * Stage 4/5 split: a seeded shuffle, then the first 20 % of rows are held out
 * for validation and the remaining 80 % train the model.
 */
import { VALIDATION_SHARE } from './config';
import { permutation, type Rng } from './rng';

export interface Split {
  /** Row indices used for training, in shuffled order. */
  readonly train: Uint32Array;
  /** Row indices held out for validation, in shuffled order. */
  readonly validation: Uint32Array;
}

/** Splits 0..n-1; validation gets round(n × share) rows (9,800 → 7,840 / 1,960). */
export function splitRows(n: number, rng: Rng, share = VALIDATION_SHARE): Split {
  const idx = permutation(rng, n);
  const nVal = Math.round(n * share);
  return { validation: idx.slice(0, nVal), train: idx.slice(nVal) };
}
