/**
 * The quiz bank: the card's three questions, then questions on every stage,
 * the epoch and prediction traces, and production readiness. Questions built
 * from the learner's own run live in run-questions.ts.
 */
import { CARD_QUESTIONS, type QuizQuestion } from './card-quiz';
import { DATA_QUESTIONS } from './quiz-bank-data';
import { MODEL_QUESTIONS } from './quiz-bank-model';
import { SERVING_QUESTIONS } from './quiz-bank-serving';
import type { StepId } from './steps';

/** Every fixed question beyond the card's three, in pipeline order. */
export const BANK_QUESTIONS: readonly QuizQuestion[] = [...DATA_QUESTIONS, ...MODEL_QUESTIONS, ...SERVING_QUESTIONS];

export const QUIZ_BANK: readonly QuizQuestion[] = [...CARD_QUESTIONS, ...BANK_QUESTIONS];

/** The short question asked at the end of a stage, if it has one. */
export function checkpointFor(step: StepId): QuizQuestion | null {
  return QUIZ_BANK.find((q) => q.stage === step && q.checkpoint) ?? null;
}

export const QUIZ_SETS = ['card', 'run', 'all'] as const;
export type QuizSet = (typeof QUIZ_SETS)[number];

export const QUIZ_SET_LABELS: Readonly<Record<QuizSet, string>> = {
  card: 'The card’s 3 questions',
  run: 'Questions about your own run',
  all: 'Everything: card, every stage and your run',
};
