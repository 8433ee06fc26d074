/**
 * Predict-first prompts: which prompts the learner skipped in this session.
 * Committed guesses are saved with the quiz progress (quiz-slice `saveGuess`),
 * so they survive a reload; a skip does not (the next visit asks again).
 */
import type { StateCreator } from 'zustand';
import type { LabState } from './lab-store';

export interface PredictSlice {
  /** Guess keys (prediction-answers.ts `guessKey`) skipped in this session. */
  skippedGuesses: readonly string[];
  skipGuess(key: string): void;
}

export const createPredictSlice: StateCreator<LabState, [], [], PredictSlice> = (set) => ({
  skippedGuesses: [],
  skipGuess: (key) => set((s) => (s.skippedGuesses.includes(key) ? s : { skippedGuesses: [...s.skippedGuesses, key] })),
});
