/** The score, a review of every mistake with a link to the stage that teaches it, and a retry. */
import { useEffect, useId, useRef } from 'react';
import type { QuizQuestion } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';
import type { QuizSet } from '../../content/quiz-bank';
import { STEPS, type StepId } from '../../content/steps';
import { useLabActions, useLabStore, type LabStore } from '../../store/lab-store';
import { reviewMistakes, scoreQuiz } from './quiz-logic';
import { ResultsDownload } from './results/results-download';

/** Leaves the quiz for the step that teaches a question (quiz and review mode switch to guided). */
export function revisit(store: LabStore, stage: StepId): void {
  const s = store.getState();
  if (s.mode === 'quiz' || s.mode === 'review') s.setMode('guided');
  s.goTo(STEPS.findIndex((step) => step.id === stage));
}

export function QuizResults({ set, questions, focus }: { set: QuizSet; questions: readonly QuizQuestion[]; focus: boolean }) {
  const answers = useLabStore((s) => s.quiz.answers);
  const retryQuiz = useLabStore((s) => s.retryQuiz);
  const store = useLabActions();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const score = scoreQuiz(questions, answers);
  const mistakes = reviewMistakes(questions, answers);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section aria-labelledby={id} className="quiz-results">
      <h3 id={id} ref={heading} tabIndex={-1}>
        Your score: {score.correct} of {score.total}
      </h3>
      {mistakes.length === 0 ? (
        <p className="feedback-right">{QUIZ_TEXT.noMistakes}</p>
      ) : (
        <>
          <h4>{QUIZ_TEXT.review}</h4>
          <ol className="quiz-review">
            {mistakes.map((m) => {
              const title = STEPS.find((s) => s.id === m.question.stage)?.title ?? m.question.stage;
              return (
                <li key={m.question.id}>
                  <p>
                    <strong>{m.question.prompt}</strong>
                  </p>
                  <p className="feedback-wrong">
                    You answered “{m.chosen.text}”: {m.chosen.why}
                  </p>
                  <p>
                    The answer is “{m.right.text}”: {m.right.why}
                  </p>
                  <button type="button" className="link-button" onClick={() => revisit(store, m.question.stage)}>
                    Revisit {title}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <ResultsDownload />
      <button type="button" onClick={() => retryQuiz({ set, correct: score.correct, total: score.total })}>
        {QUIZ_TEXT.retry}
      </button>
    </section>
  );
}
