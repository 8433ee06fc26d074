/**
 * Predict-first: how close a learner's committed guess came to what the run
 * produced. Pure (no React, no store): the prompts (content/predictions.ts)
 * describe the question, the store reads the run's answer, this compares.
 */

/** A guess is a number (in the prompt's unit) or the index of one of its choices. */
export type GuessValue = number;

export type Closeness = 'close' | 'near' | 'far';

export interface NumberAnswer {
  readonly kind: 'number';
  /** The run's value, in the prompt's unit (e.g. percent, rows, batches). */
  readonly value: number;
  /**
   * The distance that counts as "close" (in the unit): a guess within it is close, within
   * three times it is near, beyond that far.
   */
  readonly tolerance: number;
}

export interface ChoiceAnswer {
  readonly kind: 'choice';
  /** Index of the right choice. */
  readonly index: number;
}

export type Answer = NumberAnswer | ChoiceAnswer;

export interface Comparison {
  readonly closeness: Closeness;
  /** guess − answer for numbers (in the unit), 0 or 1 (wrong) for choices. */
  readonly error: number;
}

export function compareGuess(guess: GuessValue, answer: Answer): Comparison {
  if (answer.kind === 'choice') {
    const right = guess === answer.index;
    return { closeness: right ? 'close' : 'far', error: right ? 0 : 1 };
  }
  const error = guess - answer.value;
  const off = Math.abs(error);
  const tol = Math.max(answer.tolerance, Number.EPSILON);
  return { closeness: off <= tol ? 'close' : off <= 3 * tol ? 'near' : 'far', error };
}

export interface CalibrationItem {
  readonly id: string;
  readonly comparison: Comparison;
}

export interface Calibration {
  readonly compared: number;
  readonly close: number;
  readonly near: number;
  readonly far: number;
  /** Ids of the prompts whose result surprised the learner (far from the guess), in the order given. */
  readonly surprises: readonly string[];
  /** Number prompts only: guesses that were too high, and too low (a lean one way is a bias worth knowing). */
  readonly above: number;
  readonly below: number;
}

/** The calibration summary over the compared guesses. */
export function calibrate(items: readonly (CalibrationItem & { readonly numeric: boolean })[]): Calibration {
  const count = (c: Closeness) => items.filter((i) => i.comparison.closeness === c).length;
  const numeric = items.filter((i) => i.numeric);
  return {
    compared: items.length,
    close: count('close'),
    near: count('near'),
    far: count('far'),
    surprises: items.filter((i) => i.comparison.closeness === 'far').map((i) => i.id),
    above: numeric.filter((i) => i.comparison.error > 0).length,
    below: numeric.filter((i) => i.comparison.error < 0).length,
  };
}
