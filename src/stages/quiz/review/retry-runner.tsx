/**
 * Spaced retry: the missed questions due now, one at a time, options reshuffled.
 * The queue is fixed when the runner opens, so a question answered here stays on
 * screen with its feedback even though it is no longer due.
 */
import { useEffect, useRef, useState } from 'react';
import type { Confidence, OptionKey, QuizQuestion } from '../../../content/card-quiz';
import { useLabStore } from '../../../store/lab-store';
import { waitingIds } from '../../../store/review-schedule';
import { QuestionCard } from '../question-card';
import { REVIEW_TEXT } from './content';
import { dueRetries, effectiveSchedule, findQuestion } from './review-logic';

interface Queued {
  readonly id: string;
  readonly question: QuizQuestion;
  /** Option order for this retry (a fresh shuffle, never the order it was missed in). */
  readonly attempt: number;
}

export function RetryRunner({ pool, now }: { pool: readonly QuizQuestion[]; now: number }) {
  const answerRetry = useLabStore((s) => s.answerRetry);
  const progress = useLabStore((s) => s.quiz);
  const [queue] = useState<Queued[]>(() => {
    const schedule = effectiveSchedule(progress, pool);
    return dueRetries(progress, pool, now).map((id) => ({
      id,
      question: findQuestion(id, pool)!,
      attempt: 1 + schedule[id].misses + schedule[id].box,
    }));
  });
  const [index, setIndex] = useState(0);
  const [given, setGiven] = useState<Readonly<Record<string, { key: OptionKey; confidence?: Confidence }>>>({});
  const done = useRef<HTMLParagraphElement>(null);
  const finished = queue.length > 0 && index >= queue.length;
  useEffect(() => {
    // "Finish" disappears with the question: the result line takes the focus.
    if (finished) done.current?.focus();
  }, [finished]);
  if (queue.length === 0) {
    const next = waitingIds(effectiveSchedule(progress, pool), now)[0];
    return <p>{REVIEW_TEXT.nothingDue(next ? (progress.retry?.[next]?.due ?? null) : null)}</p>;
  }
  if (finished) {
    const right = queue.filter((q) => given[q.id]?.key === q.question.answer).length;
    return (
      <p role="status" tabIndex={-1} ref={done}>
        {REVIEW_TEXT.retriesDone(right, queue.length)}
      </p>
    );
  }
  const { id, question, attempt } = queue[index];
  const last = index === queue.length - 1;
  return (
    <section aria-label="Retry question" className="quiz-runner">
      <p className="quiz-progress">{REVIEW_TEXT.retryProgress(index + 1, queue.length)}</p>
      <QuestionCard
        key={id}
        question={question}
        attempt={attempt}
        chosen={given[id]?.key}
        confidence={given[id]?.confidence}
        autoFocus={index > 0}
        onAnswer={(key, confidence) => {
          setGiven((g) => ({ ...g, [id]: { key, ...(confidence && { confidence }) } }));
          answerRetry(id, key === question.answer, { confidence });
        }}
      >
        <button type="button" onClick={() => setIndex(index + 1)}>
          {last ? REVIEW_TEXT.finishRetries : REVIEW_TEXT.nextRetry}
        </button>
      </QuestionCard>
    </section>
  );
}
