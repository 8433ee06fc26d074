/**
 * The class summary from several learners' results: one learner per distinct
 * file (a file holding exactly the rows of an earlier one — the same download
 * twice, or its CSV and JSON twins — counts once), and per question the share
 * of the learners who answered it that missed it, most missed first.
 */
import type { ResultRow } from './result-rows';

export interface QuestionMiss {
  /** The question's base id (run-built questions of different runs are one question). */
  readonly id: string;
  readonly question: string;
  readonly answered: number;
  readonly missed: number;
  /** missed / answered, 0–1. */
  readonly share: number;
}

export interface ClassSummary {
  readonly learners: number;
  readonly duplicates: number;
  readonly questions: readonly QuestionMiss[];
}

const baseOf = (id: string): string => id.split('#')[0];

/** What makes two files the same results: every row's kind, question, answer and time, in a fixed order. */
export function fingerprint(rows: readonly ResultRow[]): string {
  return rows
    .map((r) => [r.kind, r.questionId, r.answerKey, r.correct ? 1 : 0, r.time].join('\u241f'))
    .sort()
    .join('\u241e');
}

/**
 * A learner missed a question when any of their answers to it (quiz or checkpoint) was wrong.
 * Ties in share go to the question more learners missed, then to the id (a stable order).
 */
export function summarise(files: readonly (readonly ResultRow[])[]): ClassSummary {
  const seen = new Set<string>();
  const stats = new Map<string, { question: string; answered: number; missed: number }>();
  let duplicates = 0;
  for (const rows of files) {
    const print = fingerprint(rows);
    if (seen.has(print)) {
      duplicates++;
      continue;
    }
    seen.add(print);
    const mine = new Map<string, { question: string; wrong: boolean }>();
    for (const r of rows) {
      const id = baseOf(r.questionId);
      const had = mine.get(id);
      mine.set(id, { question: had?.question ?? r.question, wrong: (had?.wrong ?? false) || !r.correct });
    }
    for (const [id, { question, wrong }] of mine) {
      const s = stats.get(id) ?? { question, answered: 0, missed: 0 };
      stats.set(id, { question: s.question, answered: s.answered + 1, missed: s.missed + (wrong ? 1 : 0) });
    }
  }
  const questions = [...stats].map(([id, s]) => ({ id, ...s, share: s.missed / s.answered }));
  questions.sort((a, b) => b.share - a.share || b.missed - a.missed || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { learners: seen.size, duplicates, questions };
}
