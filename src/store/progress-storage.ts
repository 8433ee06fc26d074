/**
 * Quiz progress in localStorage under a versioned schema. Nothing saved is ever
 * lost silently: fields this version does not know are kept on every write;
 * progress saved by a newer version is left untouched (this tab runs read-only);
 * data that is not progress at all is moved to a backup key (never deleted,
 * never overwritten) and a backup this version can read is offered for restore.
 * Every storage call is guarded: private modes and full quotas throw.
 */
// zod/mini: the same validation as classic zod, at a fraction of the first screen's bytes.
import * as z from 'zod/mini';
import { CONFIDENCE_LEVELS, type Confidence, type OptionKey } from '../content/card-quiz';
import type { RetrySchedule } from './review-schedule';

export const PROGRESS_KEY = 'pipeline-lab:progress';
export const PROGRESS_VERSION = 1;
/** Unreadable data is moved to `${BACKUP_PREFIX}<time>` (ms since 1970), `-2`, `-3`… if that is taken. */
export const BACKUP_PREFIX = `${PROGRESS_KEY}:unreadable-`;

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
  /** Question id → how sure the learner said they were of their latest answer to it (optional: added later). */
  readonly confidence?: Readonly<Record<string, Confidence>>;
  /** Missed questions' spaced-retry schedule (review-schedule.ts; optional: added later). */
  readonly retry?: RetrySchedule;
  /**
   * Predict-first guesses: "prompt-id#settings-fingerprint" → the committed number (or choice
   * index). Optional, so progress saved before guesses existed reads unchanged (same version).
   */
  readonly guesses?: Readonly<Record<string, number>>;
  /**
   * When each current answer was given, ms since 1970: "q:<id>" for a quiz answer, "c:<id>" for a
   * checkpoint (the results download writes it as ISO 8601 UTC). Optional: added later, same version.
   */
  readonly times?: Readonly<Record<string, number>>;
}

export const EMPTY_PROGRESS: QuizProgress = Object.freeze({ attempt: 0, answers: {}, checkpoints: {}, results: [] });

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const questionId = z.string().check(z.regex(/^[a-z0-9-]{1,60}(#[a-z0-9]{1,16})?$/));
const optionKey = z.enum(['A', 'B', 'C', 'D']);
const answerMap = z.record(questionId, optionKey).check(z.refine((m) => Object.keys(m).length <= 500));
const count = z.int().check(z.minimum(0));
const ms = z.number().check(z.minimum(0));
const small = (m: object) => Object.keys(m).length <= 500;
const guessMap = z
  .record(z.string().check(z.regex(/^[a-z0-9-]{1,40}#[a-z0-9]{1,16}$/)), z.number().check(z.refine(Number.isFinite)))
  .check(z.refine((m) => Object.keys(m).length <= 200));

// Loose objects: fields a later version adds survive a read and a write by this one.
const timeMap = z
  .record(z.string().check(z.regex(/^[qc]:[a-z0-9-]{1,60}(#[a-z0-9]{1,16})?$/)), ms)
  .check(z.refine((m) => Object.keys(m).length <= 1000));

const progressSchema = z.looseObject({
  version: z.number(),
  attempt: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  answers: answerMap,
  checkpoints: answerMap,
  results: z
    .array(z.looseObject({ attempt: count, set: z.string().check(z.maxLength(20)), correct: count, total: count }))
    .check(z.maxLength(50)),
  // Added in format 1 without a version bump: optional, so progress saved before them still loads.
  confidence: z.optional(z.record(questionId, z.enum(CONFIDENCE_LEVELS)).check(z.refine(small))),
  retry: z.optional(
    z
      .record(questionId, z.looseObject({ box: z.int().check(z.minimum(0), z.maximum(20)), due: ms, at: ms, misses: count }))
      .check(z.refine(small)),
  ),
  guesses: z.optional(guessMap),
  times: z.optional(timeMap),
});

/** The browser's localStorage, or null where merely touching it throws (blocked storage). */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** What a stored string is to this version. `extra` holds the fields it does not know, to write back. */
export type Decoded =
  | { readonly kind: 'ok'; readonly progress: QuizProgress; readonly extra: Record<string, unknown> }
  | { readonly kind: 'newer'; readonly version: number; readonly progress: QuizProgress }
  | { readonly kind: 'unreadable'; readonly problem: string };

/** Decodes a stored string; never throws. */
export function decodeProgress(raw: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', problem: 'it is not valid JSON' };
  }
  const version = data && typeof data === 'object' && !Array.isArray(data) ? (data as { version?: unknown }).version : undefined;
  const parsed = progressSchema.safeParse(data);
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    // A newer format: show what this version can understand of it, and never write over it.
    return { kind: 'newer', version, progress: parsed.success ? pick(parsed.data) : EMPTY_PROGRESS };
  }
  if (typeof version === 'number' && version !== PROGRESS_VERSION) {
    return {
      kind: 'unreadable',
      problem: `it was saved in an older, unknown format (${Number.isFinite(version) ? version : '?'})`,
    };
  }
  if (!parsed.success) return { kind: 'unreadable', problem: 'it does not look like Pipeline Lab quiz progress' };
  const {
    version: _v,
    attempt: _a,
    answers: _n,
    checkpoints: _c,
    results: _r,
    confidence: _f,
    retry: _s,
    guesses: _g,
    times: _t,
    ...extra
  } = parsed.data;
  return { kind: 'ok', progress: pick(parsed.data), extra };
}

function pick(p: QuizProgress): QuizProgress {
  const out = { attempt: p.attempt, answers: p.answers, checkpoints: p.checkpoints, results: p.results };
  // The later, optional fields only when present: older progress reads and writes back exactly as before.
  return {
    ...out,
    ...(p.confidence && { confidence: p.confidence }),
    ...(p.retry && { retry: p.retry }),
    ...(p.guesses && { guesses: p.guesses }),
    ...(p.times && { times: p.times }),
  };
}

/** The string to store: this version's progress plus the unknown fields read with it. */
export function encodeProgress(progress: QuizProgress, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...extra, version: PROGRESS_VERSION, ...pick(progress) });
}

export type ProgressMode = 'save' | 'read-only' | 'memory';

export interface Backup {
  readonly key: string;
  /** When it was set aside (ms since 1970), from the key. */
  readonly time: number;
  readonly progress: QuizProgress;
}

export interface LoadOutcome {
  readonly progress: QuizProgress;
  readonly notices: string[];
  /** 'save' normally; 'read-only' over a newer version's data; 'memory' when storage cannot be used. */
  readonly mode: ProgressMode;
  /** Set-aside progress this version can read, newest first: offered for restore. */
  readonly backups: readonly Backup[];
}

const BLOCKED =
  'This browser does not let Pipeline Lab use its storage here, so quiz progress lasts only until the tab is closed.';

export const newerNotice = (version: number): string =>
  `Quiz progress in this browser was saved by a newer version of Pipeline Lab (format ${version}). ` +
  'It is left untouched: this tab shows it but saves nothing, so new answers last until the tab is closed. ' +
  'Open the newest version to keep saving.';

/** Moves `raw` to a fresh backup key (never overwriting one) and returns that key; throws if storage refuses. */
export function setAside(storage: ProgressStorage, raw: string, now: number): string {
  let backup = `${BACKUP_PREFIX}${now}`;
  for (let n = 2; storage.getItem(backup) !== null; n++) backup = `${BACKUP_PREFIX}${now}-${n}`;
  storage.setItem(backup, raw);
  storage.removeItem(PROGRESS_KEY);
  return backup;
}

/** Set-aside progress that this version can read (restorable), newest first. Never throws. */
export function listBackups(storage: ProgressStorage): Backup[] {
  const out: Backup[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(BACKUP_PREFIX)) continue;
      const decoded = decodeProgress(storage.getItem(key) ?? '');
      const time = Number(key.slice(BACKUP_PREFIX.length).split('-')[0]);
      if (decoded.kind === 'ok' && Number.isFinite(time)) out.push({ key, time, progress: decoded.progress });
    }
  } catch {
    return [];
  }
  return out.sort((a, b) => b.time - a.time || (a.key < b.key ? 1 : -1));
}

/** Reads saved progress. Never throws; never destroys data it cannot read. */
export function readProgress(storage: ProgressStorage | null, now: number = Date.now()): LoadOutcome {
  const memory: LoadOutcome = { progress: EMPTY_PROGRESS, notices: [BLOCKED], mode: 'memory', backups: [] };
  if (!storage) return memory;
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return memory;
  }
  const decoded: Decoded | null = raw === null ? null : decodeProgress(raw);
  if (decoded?.kind === 'newer') {
    return { progress: decoded.progress, notices: [newerNotice(decoded.version)], mode: 'read-only', backups: [] };
  }
  if (decoded === null || decoded.kind === 'ok') {
    return { progress: decoded?.progress ?? EMPTY_PROGRESS, notices: [], mode: 'save', backups: listBackups(storage) };
  }
  try {
    const backup = setAside(storage, raw!, now);
    return {
      progress: EMPTY_PROGRESS,
      notices: [
        `Saved quiz progress could not be used (${decoded.problem}). It was kept under “${backup}” and the quiz starts fresh.`,
      ],
      mode: 'save',
      backups: listBackups(storage),
    };
  } catch {
    return {
      progress: EMPTY_PROGRESS,
      notices: [
        `Saved quiz progress could not be used (${decoded.problem}) and could not be set aside, so it was left untouched; ` +
          'answers from this session will not be saved.',
      ],
      mode: 'memory',
      backups: [],
    };
  }
}
