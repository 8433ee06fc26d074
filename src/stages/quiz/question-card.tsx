/**
 * One question: options as a radio group, "Check answer", then immediate
 * feedback that says why. The first answer counts; the options are locked after it.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OptionKey, QuizQuestion } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';
import { LETTERS, orderOptions, shownLetter } from './quiz-logic';

export interface QuestionCardProps {
  readonly question: QuizQuestion;
  /** Attempt number: 0 shows the written order, later attempts a seeded shuffle. */
  readonly attempt: number;
  /** The stored answer, if the question was answered. */
  readonly chosen: OptionKey | undefined;
  readonly onAnswer: (key: OptionKey) => void;
  /** Focus the first option on mount (after moving to this question). */
  readonly autoFocus?: boolean;
  /** Shown under the feedback once answered (Next, Try again…); its first button gets focus. */
  readonly children?: ReactNode;
}

export function QuestionCard({ question: q, attempt, chosen, onAnswer, autoFocus, children }: QuestionCardProps) {
  const ordered = useMemo(() => orderOptions(q, attempt), [q, attempt]);
  const [choice, setChoice] = useState<OptionKey | null>(chosen ?? null);
  const name = useId();
  const box = useRef<HTMLDivElement>(null);
  const answered = chosen !== undefined;
  const wasAnswered = useRef(answered);
  const picked = ordered.find((o) => o.key === (chosen ?? choice));
  const right = q.options.find((o) => o.key === q.answer);
  const isRight = chosen === q.answer;

  useEffect(() => {
    if (autoFocus) box.current?.querySelector<HTMLElement>('input')?.focus();
  }, [autoFocus]);

  useEffect(() => {
    // Answering removes the button that had focus; retrying brings the options back.
    if (answered === wasAnswered.current) return;
    wasAnswered.current = answered;
    const target = answered
      ? box.current?.querySelector<HTMLElement>('.quiz-actions button')
      : box.current?.querySelector('input');
    target?.focus();
  }, [answered]);

  return (
    <div className="quiz-question" ref={box}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice && !answered) onAnswer(choice);
        }}
      >
        <fieldset disabled={answered}>
          <legend>{q.prompt}</legend>
          {ordered.map((o, i) => (
            <div key={o.key} className="quiz-option">
              <input
                type="radio"
                id={`${name}-${o.key}`}
                name={name}
                value={o.key}
                checked={(chosen ?? choice) === o.key}
                onChange={() => setChoice(o.key)}
              />
              <label htmlFor={`${name}-${o.key}`}>
                <strong>{LETTERS[i]}</strong> {o.text}
              </label>
            </div>
          ))}
        </fieldset>
        {!answered && (
          <button type="submit" disabled={!choice}>
            {QUIZ_TEXT.check}
          </button>
        )}
      </form>
      <div role="status" aria-live="polite">
        {answered && picked && (
          <p className={isRight ? 'feedback-right' : 'feedback-wrong'}>
            {isRight ? 'Correct. ' : `Not quite — the answer is ${shownLetter(ordered, q.answer)}. `}
            {picked.why}
            {!isRight && right ? ` ${right.why}` : ''}
          </p>
        )}
      </div>
      {answered && (
        <>
          <details className="quiz-whys">
            <summary>{QUIZ_TEXT.whyAll}</summary>
            <ul>
              {ordered.map((o, i) => (
                <li key={o.key}>
                  <strong>{LETTERS[i]}</strong> {o.text} — {o.why}
                </li>
              ))}
            </ul>
          </details>
          <div className="quiz-actions">{children}</div>
        </>
      )}
    </div>
  );
}
