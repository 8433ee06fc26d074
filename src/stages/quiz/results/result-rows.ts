/**
 * The learner's results as rows, one per current answer (quiz answers, then
 * checkpoint answers): the question, their answer, the right one, whether it
 * was right, how sure they said they were, and when (ISO 8601 UTC). The CSV and
 * JSON downloads write these rows; the class summary reads them back.
 */
import type { OptionKey, QuizQuestion } from '../../../content/card-quiz';
import type { QuizProgress } from '../../../store/progress-storage';

export type ResultKind = 'quiz' | 'checkpoint';

export interface ResultRow {
  readonly kind: ResultKind;
  readonly questionId: string;
  readonly question: string;
  readonly answerKey: OptionKey;
  readonly answer: string;
  readonly correctKey: OptionKey;
  readonly correctAnswer: string;
  readonly correct: boolean;
  /** 'sure' | 'think' | 'guess', or '' when none was recorded. */
  readonly confidence: string;
  /** ISO 8601 UTC ("2026-11-30T09:05:53.000Z"), or '' for answers saved before times were recorded. */
  readonly time: string;
}

/**
 * Rows for every answer whose question `pool` holds, by exact id: a run-built question of another
 * run (another fingerprint) may have another right answer, so it is left out rather than misjudged.
 */
export function resultRows(progress: QuizProgress, pool: readonly QuizQuestion[]): ResultRow[] {
  const out: ResultRow[] = [];
  const add = (kind: ResultKind, map: Readonly<Record<string, OptionKey>>) => {
    for (const [id, key] of Object.entries(map)) {
      const q = pool.find((x) => x.id === id);
      const chosen = q?.options.find((o) => o.key === key);
      const right = q?.options.find((o) => o.key === q.answer);
      if (!q || !chosen || !right) continue;
      const t = progress.times?.[`${kind === 'quiz' ? 'q' : 'c'}:${id}`];
      out.push({
        kind,
        questionId: id,
        question: q.prompt,
        answerKey: key,
        answer: chosen.text,
        correctKey: right.key,
        correctAnswer: right.text,
        correct: key === q.answer,
        confidence: progress.confidence?.[id] ?? '',
        time: t === undefined ? '' : new Date(t).toISOString(),
      });
    }
  };
  add('quiz', progress.answers);
  add('checkpoint', progress.checkpoints);
  return out;
}
