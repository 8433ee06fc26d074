/**
 * Quiz progress in localStorage under a versioned schema. Anything unreadable
 * or foreign under the key is moved aside to a backup key (never deleted,
 * never overwritten) and the quiz starts fresh with a notice. Every storage
 * call is guarded: private modes and full quotas throw.
 */
// zod/mini: the same validation as classic zod, at a fraction of the first screen's bytes.
import * as z from 'zod/mini';
import type { OptionKey } from '../content/card-quiz';

export const PROGRESS_KEY = 'pipeline-lab:progress';
export const PROGRESS_VERSION = 1;

export interface QuizResult {
  readonly attempt: number;
  readonly set: string;
  readonly correct: number;
  readonly total: number;
}

export interface QuizProgress {
  /** 0 for the first attempt (the card's option order); retries shuffle the options. */
  readonly attempt: number;
  /** Question id → the option the learner chose (the first answer counts). */
  readonly answers: Readonly<Record<string, OptionKey>>;
  /** Checkpoint question id → the latest option chosen at the end of a stage. */
  readonly checkpoints: Readonly<Record<string, OptionKey>>;
  /** Finished attempts, newest last. */
  readonly results: readonly QuizResult[];
}

export const EMPTY_PROGRESS: QuizProgress = Object.freeze({ attempt: 0, answers: {}, checkpoints: {}, results: [] });

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const questionId = z.string().check(z.regex(/^[a-z0-9-]{1,60}(#[a-z0-9]{1,16})?$/));
const optionKey = z.enum(['A', 'B', 'C', 'D']);
const answerMap = z.record(questionId, optionKey).check(z.refine((m) => Object.keys(m).length <= 500));
const count = z.int().check(z.minimum(0));

const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  attempt: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  answers: answerMap,
  checkpoints: answerMap,
  results: z
    .array(z.strictObject({ attempt: count, set: z.string().check(z.maxLength(20)), correct: count, total: count }))
    .check(z.maxLength(50)),
});

/** The browser's localStorage, or null where merely touching it throws (blocked storage). */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export interface LoadOutcome {
  readonly progress: QuizProgress;
  readonly notices: string[];
  /** False when writing could destroy something we could not read or set aside. */
  readonly canSave: boolean;
}

const BLOCKED =
  'This browser does not let Pipeline Lab use its storage here, so quiz progress lasts only until the tab is closed.';

/** Why `raw` is not progress this version can use, or the progress itself. */
function decode(raw: string): { progress: QuizProgress } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const version = data && typeof data === 'object' && !Array.isArray(data) ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version !== PROGRESS_VERSION) {
    return { problem: `it was saved by another version of Pipeline Lab (format ${Number.isFinite(version) ? version : '?'})` };
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) return { problem: 'it does not look like Pipeline Lab quiz progress' };
  const { version: _v, ...progress } = parsed.data;
  return { progress };
}

/** Reads saved progress. Never throws; unreadable data is moved to a backup key, not lost. */
export function readProgress(storage: ProgressStorage | null, now: number = Date.now()): LoadOutcome {
  if (!storage) return { progress: EMPTY_PROGRESS, notices: [BLOCKED], canSave: false };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: EMPTY_PROGRESS, notices: [BLOCKED], canSave: false };
  }
  if (raw === null) return { progress: EMPTY_PROGRESS, notices: [], canSave: true };
  const decoded = decode(raw);
  if ('progress' in decoded) return { progress: decoded.progress, notices: [], canSave: true };
  try {
    let backup = `${PROGRESS_KEY}:unreadable-${now}`;
    for (let n = 2; storage.getItem(backup) !== null; n++) backup = `${PROGRESS_KEY}:unreadable-${now}-${n}`;
    storage.setItem(backup, raw);
    storage.removeItem(PROGRESS_KEY);
    return {
      progress: EMPTY_PROGRESS,
      notices: [
        `Saved quiz progress could not be used (${decoded.problem}). It was kept under “${backup}” and the quiz starts fresh.`,
      ],
      canSave: true,
    };
  } catch {
    return {
      progress: EMPTY_PROGRESS,
      notices: [
        `Saved quiz progress could not be used (${decoded.problem}) and could not be set aside, so it was left untouched; ` +
          'answers from this session will not be saved.',
      ],
      canSave: false,
    };
  }
}

/** Writes progress; returns a notice when the browser refused (full or blocked storage), else null. */
export function writeProgress(storage: ProgressStorage | null, progress: QuizProgress): string | null {
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, ...progress }));
    return null;
  } catch {
    return 'Quiz progress could not be saved (the browser’s storage is full or blocked); your answers last until the tab is closed.';
  }
}
