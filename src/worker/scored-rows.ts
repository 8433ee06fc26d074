/**
 * Scores as they leave the worker: labels, probabilities and their summary
 * (made here, once), moved rather than copied to the page. At 1,000,000 rows
 * the outcome holds ~12 MB of typed arrays the main thread would otherwise clone.
 */
import { transfer } from 'comlink';
import { summarizeScores } from '../pipeline/score-summary';
import type { ScoredRows, TrainOutcome } from './protocol';

/** Labels (a copy: the engine keeps its own), probabilities and their summary. */
export function scoredRows(y: Float32Array, p: Float32Array): ScoredRows {
  return { y: y.slice(), p, summary: summarizeScores(y, p) };
}

const buffersOf = (s: ScoredRows): ArrayBuffer[] =>
  [s.y, s.p, s.summary.positives, s.summary.negatives].map((a) => a.buffer as ArrayBuffer);

/** Marks the outcome's arrays for transfer through comlink (in-process callers get it unchanged). */
export function movedToPage(outcome: TrainOutcome): TrainOutcome {
  return transfer(outcome, [...buffersOf(outcome.validation), ...buffersOf(outcome.training)]);
}
