/**
 * The learner's quiz progress: answers, checkpoint answers, attempts and scores.
 * Saved to localStorage after every change once the saved progress was read
 * (so a fresh session never writes over progress it has not loaded yet).
 */
import type { StateCreator } from 'zustand';
import type { OptionKey } from '../content/card-quiz';
import type { LabState } from './lab-store';
import {
  browserStorage,
  EMPTY_PROGRESS,
  readProgress,
  writeProgress,
  type ProgressStorage,
  type QuizProgress,
  type QuizResult,
} from './progress-storage';

export type ProgressStatus = 'unloaded' | 'saving' | 'memory';

export interface QuizSlice {
  quiz: QuizProgress;
  /** 'unloaded' until saved progress is read; then 'saving', or 'memory' when it cannot be saved. */
  progressStatus: ProgressStatus;
  progressStorage: ProgressStorage | null;
  /** Reads saved progress once (merging anything answered before) and starts saving. */
  loadProgress(storage?: ProgressStorage | null): void;
  /** Records the first answer to a quiz question; later answers to the same question are ignored. */
  answerQuestion(id: string, choice: OptionKey): void;
  answerCheckpoint(id: string, choice: OptionKey): void;
  clearCheckpoint(id: string): void;
  /** Records the finished attempt's score (if any) and starts a new attempt with shuffled options. */
  retryQuiz(result: Omit<QuizResult, 'attempt'> | null): void;
}

/** Run-built question ids carry a fingerprint of the run ("run-alert#k3x"): one answer per base id is kept. */
const baseOf = (id: string): string => id.split('#')[0];

function withAnswer(map: Readonly<Record<string, OptionKey>>, id: string, choice: OptionKey): Record<string, OptionKey> {
  const base = baseOf(id);
  const out: Record<string, OptionKey> = {};
  for (const [k, v] of Object.entries(map)) if (!(k !== id && k.includes('#') && baseOf(k) === base)) out[k] = v;
  out[id] = choice;
  return out;
}

export const createQuizSlice: StateCreator<LabState, [], [], QuizSlice> = (set, get) => {
  const update = (quiz: QuizProgress) => {
    set({ quiz });
    const s = get();
    if (s.progressStatus !== 'saving') return;
    const problem = writeProgress(s.progressStorage, quiz);
    if (problem) {
      set({ progressStatus: 'memory' });
      s.addNotices([problem]);
    }
  };
  return {
    quiz: EMPTY_PROGRESS,
    progressStatus: 'unloaded',
    progressStorage: null,
    loadProgress(storage = browserStorage()) {
      if (get().progressStatus !== 'unloaded') return;
      const { progress, notices, canSave } = readProgress(storage);
      const mine = get().quiz;
      const merged: QuizProgress = {
        attempt: Math.max(progress.attempt, mine.attempt),
        answers: { ...progress.answers, ...mine.answers },
        checkpoints: { ...progress.checkpoints, ...mine.checkpoints },
        results: [...progress.results, ...mine.results].slice(-50),
      };
      set({ progressStatus: canSave ? 'saving' : 'memory', progressStorage: canSave ? storage : null });
      get().addNotices(notices);
      if (mine === EMPTY_PROGRESS) set({ quiz: merged });
      else update(merged);
    },
    answerQuestion(id, choice) {
      const quiz = get().quiz;
      if (quiz.answers[id]) return;
      update({ ...quiz, answers: withAnswer(quiz.answers, id, choice) });
    },
    answerCheckpoint(id, choice) {
      const quiz = get().quiz;
      update({ ...quiz, checkpoints: withAnswer(quiz.checkpoints, id, choice) });
    },
    clearCheckpoint(id) {
      const quiz = get().quiz;
      const checkpoints = { ...quiz.checkpoints };
      delete checkpoints[id];
      update({ ...quiz, checkpoints });
    },
    retryQuiz(result) {
      const quiz = get().quiz;
      const results = result ? [...quiz.results, { ...result, attempt: quiz.attempt }].slice(-50) : quiz.results;
      update({ ...quiz, attempt: quiz.attempt + 1, answers: {}, results });
    },
  };
};
