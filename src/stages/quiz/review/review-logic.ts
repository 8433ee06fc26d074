/**
 * What review mode shows, as pure functions of the saved progress, the questions
 * this session can ask and the clock: the recap of past mistakes, the retries due,
 * and mastery per stage. Progress saved before the retry schedule existed still
 * counts: its wrong answers are treated as misses due now.
 */
import type { Confidence, QuizQuestion } from '../../../content/card-quiz';
import { WALK_STEPS, type StepId } from '../../../content/steps';
import { baseOf } from '../../../store/progress-merge';
import type { QuizProgress } from '../../../store/progress-storage';
import { dueIds, MASTERED_BOX, type RetryItem, type RetrySchedule } from '../../../store/review-schedule';

/** The question for a saved id: the same id, else (run-built questions) the same question about this run. */
export function findQuestion(id: string, pool: readonly QuizQuestion[]): QuizQuestion | undefined {
  return pool.find((q) => q.id === id) ?? pool.find((q) => baseOf(q.id) === baseOf(id));
}

/** The retry schedule plus every wrong answer it has no record of (older progress), as a miss due at once. */
export function effectiveSchedule(progress: QuizProgress, pool: readonly QuizQuestion[]): RetrySchedule {
  const out: Record<string, RetryItem> = { ...progress.retry };
  for (const map of [progress.answers, progress.checkpoints]) {
    for (const [id, choice] of Object.entries(map)) {
      const q = findQuestion(id, pool);
      if (q && choice !== q.answer && !out[id]) out[id] = { box: 0, due: 0, at: 0, misses: 1 };
    }
  }
  return out;
}

export interface RecapItem {
  readonly id: string;
  readonly question: QuizQuestion;
  readonly misses: number;
  /** When the next retry is due (ms since 1970); ≤ now means now. */
  readonly due: number;
  readonly confidence?: Confidence;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The missed questions not mastered yet: the confidently wrong first, then by how often they were missed. */
export function recapItems(progress: QuizProgress, pool: readonly QuizQuestion[]): RecapItem[] {
  const out: RecapItem[] = [];
  for (const [id, item] of Object.entries(effectiveSchedule(progress, pool))) {
    const question = findQuestion(id, pool);
    if (!question || item.box >= MASTERED_BOX) continue;
    const confidence = progress.confidence?.[id];
    out.push({ id, question, misses: item.misses, due: item.due, ...(confidence && { confidence }) });
  }
  const sure = (r: RecapItem) => (r.confidence === 'sure' ? 0 : 1);
  return out.sort((a, b) => sure(a) - sure(b) || b.misses - a.misses || byId(a.id, b.id));
}

/** The ids due for a retry now whose question this session can ask, longest overdue first. */
export function dueRetries(progress: QuizProgress, pool: readonly QuizQuestion[], now: number): string[] {
  return dueIds(effectiveSchedule(progress, pool), now).filter((id) => findQuestion(id, pool));
}

export interface StageMastery {
  readonly stage: StepId;
  readonly title: string;
  /** Questions on this stage the learner has answered (quiz, checkpoint or retry). */
  readonly seen: number;
  /** Of those, the ones known now: answered right and never missed, or retried right since the last miss. */
  readonly known: number;
}

/** Mastery per walk step that has questions, in walk order. */
export function masteryByStage(progress: QuizProgress, pool: readonly QuizQuestion[]): StageMastery[] {
  const status = new Map<string, boolean>();
  for (const map of [progress.answers, progress.checkpoints]) {
    for (const [id, choice] of Object.entries(map)) {
      const q = findQuestion(id, pool);
      if (q) status.set(baseOf(q.id), (status.get(baseOf(q.id)) ?? true) && choice === q.answer);
    }
  }
  // A retry record is the latest word on its question: known once retried right since the last miss.
  for (const [id, item] of Object.entries(progress.retry ?? {})) {
    const q = findQuestion(id, pool);
    if (q) status.set(baseOf(q.id), item.box >= 1);
  }
  return WALK_STEPS.filter((s) => pool.some((q) => q.stage === s.id)).map((s) => {
    const ids = new Set(pool.filter((q) => q.stage === s.id).map((q) => baseOf(q.id)));
    const seen = [...ids].filter((id) => status.has(id));
    return { stage: s.id, title: s.title, seen: seen.length, known: seen.filter((id) => status.get(id)).length };
  });
}
