/**
 * The learner's quiz progress: answers, checkpoint answers, attempts and scores.
 * Saved to localStorage after every change once the saved progress was read
 * (so a fresh session never writes over progress it has not loaded yet). Every
 * save re-reads and merges (progress-save.ts), so two tabs never overwrite each
 * other; `syncProgress` takes in what another tab saved.
 */
import type { StateCreator } from 'zustand';
import type { Confidence, OptionKey } from '../content/card-quiz';
import type { LabState } from './lab-store';
import { keepTimes, mergeProgress, withAnswer } from './progress-merge';
import { readMerged, saveProgress } from './progress-save';
import { recordMiss, recordRetry } from './review-schedule';
import {
  browserStorage,
  EMPTY_PROGRESS,
  readProgress,
  type Backup,
  type ProgressStorage,
  type QuizProgress,
  type QuizResult,
} from './progress-storage';

/**
 * 'unloaded' until saved progress is read; then 'saving'; 'retrying' after the browser refused a
 * save (the next change tries again); 'read-only' over a newer version's data; 'memory' when
 * storage cannot be used at all.
 */
export type ProgressStatus = 'unloaded' | 'saving' | 'retrying' | 'read-only' | 'memory';

export interface QuizSlice {
  quiz: QuizProgress;
  progressStatus: ProgressStatus;
  progressStorage: ProgressStorage | null;
  /** Set-aside progress this version can read, newest first, offered for restore. */
  progressBackups: readonly Backup[];
  /** Reads saved progress once (merging anything answered before) and starts saving. */
  loadProgress(storage?: ProgressStorage | null): void;
  /** Another tab saved: merge what storage holds now into this tab's progress. */
  syncProgress(): void;
  /** Merges a set-aside backup back into the progress and, once saved, removes the backup. */
  restoreBackup(key: string): void;
  /**
   * Records the first answer to a quiz question; later answers to the same question are ignored.
   * `meta.right === false` also schedules the question for spaced retry (review mode).
   */
  answerQuestion(id: string, choice: OptionKey, meta?: AnswerMeta): void;
  answerCheckpoint(id: string, choice: OptionKey, meta?: AnswerMeta): void;
  /** A retry in review mode: moves the question up a Leitner box when right, back to box 0 when wrong. */
  answerRetry(id: string, right: boolean, meta?: Pick<AnswerMeta, 'confidence' | 'now'>): void;
  clearCheckpoint(id: string): void;
  /** Records the finished attempt's score (if any) and starts a new attempt with shuffled options. */
  retryQuiz(result: Omit<QuizResult, 'attempt'> | null): void;
  /** Saves a committed predict-first guess (prediction-answers.ts `guessKey`); the first one stands. */
  saveGuess(key: string, value: number): void;
}

/** What the view knows about an answer besides the option: the learner's confidence and whether it was right. */
export interface AnswerMeta {
  readonly confidence?: Confidence;
  readonly right?: boolean;
  /** The clock, ms since 1970 (tests inject it). */
  readonly now?: number;
}

/** `q` with the answer's confidence noted and, when wrong, the question scheduled for retry. */
function noteAnswer(q: QuizProgress, id: string, meta: AnswerMeta | undefined): QuizProgress {
  if (!meta) return q;
  const confidence = meta.confidence ? { ...q.confidence, [id]: meta.confidence } : q.confidence;
  const retry = meta.right === false ? recordMiss(q.retry ?? {}, id, meta.now ?? Date.now()) : q.retry;
  return { ...q, ...(confidence && { confidence }), ...(retry && { retry }) };
}

/** `q` without the times of answers it no longer holds (cleared, retried, or an older run's question). */
function prune(q: QuizProgress, extra: Readonly<Record<string, number>> = {}): QuizProgress {
  const { times: old, ...rest } = q;
  const times = old || Object.keys(extra).length > 0 ? keepTimes({ ...old, ...extra }, q.answers, q.checkpoints) : undefined;
  return times ? { ...rest, times } : rest;
}

/** `q` with the answer `key` ("q:<id>" or "c:<id>") given at `now` (ms since 1970). */
const stamp = (q: QuizProgress, key: string, now: number): QuizProgress => prune(q, { [key]: now });

const writing = (status: ProgressStatus): boolean => status === 'saving' || status === 'retrying';

export const createQuizSlice: StateCreator<LabState, [], [], QuizSlice> = (set, get) => {
  /** Applies `change` to the progress (re-read and merged first when saving) and saves the result. */
  const update = (change: (q: QuizProgress) => QuizProgress) => {
    const s = get();
    if (!writing(s.progressStatus) || !s.progressStorage) {
      set({ quiz: change(s.quiz) });
      return;
    }
    const out = saveProgress(s.progressStorage, s.quiz, change);
    if (out.kind === 'saved') set({ quiz: out.progress, progressStatus: 'saving' });
    else if (out.kind === 'failed') {
      set({ quiz: out.progress, progressStatus: 'retrying' });
      // One notice per run of failures; the status line says it is still retrying.
      if (s.progressStatus !== 'retrying') s.addNotices([out.notice]);
    } else {
      set({ quiz: out.progress, progressStatus: 'read-only' });
      s.addNotices([out.notice]);
    }
  };
  return {
    quiz: EMPTY_PROGRESS,
    progressStatus: 'unloaded',
    progressStorage: null,
    progressBackups: [],
    loadProgress(storage = browserStorage()) {
      if (get().progressStatus !== 'unloaded') return;
      const { progress, notices, mode, backups } = readProgress(storage);
      // Answers given before the saved progress was read belong to its current attempt.
      const before = get().quiz;
      const mine = before === EMPTY_PROGRESS ? before : { ...before, attempt: Math.max(before.attempt, progress.attempt) };
      set({
        progressStatus: mode === 'save' ? 'saving' : mode,
        progressStorage: mode === 'memory' ? null : storage,
        progressBackups: backups,
      });
      get().addNotices(notices);
      if (mine === EMPTY_PROGRESS) set({ quiz: progress });
      else if (mode === 'save') {
        set({ quiz: mine });
        update((q) => q);
      } else set({ quiz: mergeProgress(progress, mine) });
    },
    syncProgress() {
      const s = get();
      if (!writing(s.progressStatus) || !s.progressStorage) return;
      const out = readMerged(s.progressStorage, s.quiz);
      if (!out) return;
      set({ quiz: out.progress });
      if (out.kind === 'newer') {
        set({ progressStatus: 'read-only' });
        s.addNotices([out.notice]);
      }
    },
    restoreBackup(key) {
      const backup = get().progressBackups.find((b) => b.key === key);
      if (!backup || !writing(get().progressStatus)) return;
      update((q) => mergeProgress(q, backup.progress));
      if (get().progressStatus !== 'saving') return;
      try {
        get().progressStorage?.removeItem(key);
      } catch {
        // The merged progress is saved; a backup that cannot be removed stays harmless.
      }
      set({ progressBackups: get().progressBackups.filter((b) => b.key !== key) });
    },
    answerQuestion(id, choice, meta) {
      const now = meta?.now ?? Date.now();
      update((q) =>
        q.answers[id] ? q : stamp(noteAnswer({ ...q, answers: withAnswer(q.answers, id, choice) }, id, meta), `q:${id}`, now),
      );
    },
    answerCheckpoint(id, choice, meta) {
      const now = meta?.now ?? Date.now();
      update((q) => stamp(noteAnswer({ ...q, checkpoints: withAnswer(q.checkpoints, id, choice) }, id, meta), `c:${id}`, now));
    },
    answerRetry(id, right, meta) {
      update((q) => {
        const retry = recordRetry(q.retry ?? {}, id, right, meta?.now ?? Date.now());
        return noteAnswer({ ...q, retry }, id, { confidence: meta?.confidence });
      });
    },
    clearCheckpoint(id) {
      update((q) => {
        const checkpoints = { ...q.checkpoints };
        delete checkpoints[id];
        return prune({ ...q, checkpoints });
      });
    },
    saveGuess(key, value) {
      if (!Number.isFinite(value)) return;
      update((q) => (q.guesses?.[key] !== undefined ? q : { ...q, guesses: { ...q.guesses, [key]: value } }));
    },
    retryQuiz(result) {
      update((q) => {
        const results = result ? [...q.results, { ...result, attempt: q.attempt }].slice(-50) : q.results;
        return prune({ ...q, attempt: q.attempt + 1, answers: {}, results });
      });
    },
  };
};
