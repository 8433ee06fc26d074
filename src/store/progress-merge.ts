/**
 * Merging two copies of quiz progress — the one in storage (another tab may have
 * saved it a moment ago) and the one in this tab — so that no tab ever writes
 * over another tab's answers. Pure: no storage, no store.
 */
import type { OptionKey } from '../content/card-quiz';
import type { QuizProgress, QuizResult } from './progress-storage';
import { mergeSchedules } from './review-schedule';

type AnswerMap = Readonly<Record<string, OptionKey>>;

/** Run-built question ids carry a fingerprint of the run ("run-alert#k3x"): one answer per base id is kept. */
export const baseOf = (id: string): string => id.split('#')[0];

/** `earlier` plus every entry of `later` whose question (by base id) `earlier` has not answered. */
function firstAnswerWins(earlier: AnswerMap, later: AnswerMap): Record<string, OptionKey> {
  const out: Record<string, OptionKey> = { ...earlier };
  const bases = new Set(Object.keys(earlier).map(baseOf));
  for (const [id, choice] of Object.entries(later)) {
    if (bases.has(baseOf(id))) continue;
    out[id] = choice;
    bases.add(baseOf(id));
  }
  return out;
}

const resultKey = (r: QuizResult): string => `${r.attempt}|${r.set}|${r.correct}|${r.total}`;

/**
 * One progress from two: `stored` is what was saved first, so its answer to a
 * question wins; answers of an older attempt (before a "Try again") are dropped;
 * finished attempts' results are combined without duplicates (newest 50 kept).
 */
export function mergeProgress(stored: QuizProgress, mine: QuizProgress): QuizProgress {
  const attempt = Math.max(stored.attempt, mine.attempt);
  const answers =
    stored.attempt === mine.attempt
      ? firstAnswerWins(stored.answers, mine.answers)
      : stored.attempt > mine.attempt
        ? stored.answers
        : mine.answers;
  const seen = new Set(stored.results.map(resultKey));
  const results = [...stored.results, ...mine.results.filter((r) => !seen.has(resultKey(r)))].slice(-50);
  const out: QuizProgress = { attempt, answers, checkpoints: firstAnswerWins(stored.checkpoints, mine.checkpoints), results };
  // Confidence goes with the answers kept: the newer attempt's, else the stored copy's on a clash.
  const confidence =
    stored.confidence || mine.confidence
      ? mine.attempt > stored.attempt
        ? { ...stored.confidence, ...mine.confidence }
        : { ...mine.confidence, ...stored.confidence }
      : undefined;
  const retry = stored.retry || mine.retry ? mergeSchedules(stored.retry ?? {}, mine.retry ?? {}) : undefined;
  // A committed guess is final: the one saved first wins (keys carry the run's fingerprint).
  const guesses = { ...mine.guesses, ...stored.guesses };
  // An answer's time goes with the answer kept (the stored copy's first, as for the answers).
  const times = keepTimes({ ...mine.times, ...stored.times }, answers, out.checkpoints);
  return {
    ...out,
    ...(confidence && { confidence }),
    ...(retry && { retry }),
    ...(Object.keys(guesses).length > 0 && { guesses }),
    ...(times && { times }),
  };
}

/**
 * The times of the answers in `answers` and `checkpoints` only ("q:<id>", "c:<id>"), so a retry's
 * cleared answers and an older run's questions drop theirs; undefined when none is left.
 */
export function keepTimes(times: Readonly<Record<string, number>>, answers: AnswerMap, checkpoints: AnswerMap) {
  const out: Record<string, number> = {};
  for (const [key, t] of Object.entries(times)) {
    const id = key.slice(2);
    if ((key.startsWith('q:') && answers[id]) || (key.startsWith('c:') && checkpoints[id])) out[key] = t;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** `map` with `id` answered `choice`, dropping an older run's version of the same run-built question. */
export function withAnswer(map: AnswerMap, id: string, choice: OptionKey): Record<string, OptionKey> {
  const base = baseOf(id);
  const out: Record<string, OptionKey> = {};
  for (const [k, v] of Object.entries(map)) if (!(k !== id && k.includes('#') && baseOf(k) === base)) out[k] = v;
  out[id] = choice;
  return out;
}
