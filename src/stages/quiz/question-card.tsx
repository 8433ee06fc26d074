/**
 * One question: options as a radio group, an optional "how sure are you?",
 * "Check answer", then feedback that says why — at once, or (exam) only with
 * the score at the end. The first answer counts; the options are locked after it.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Confidence, OptionKey, QuizQuestion } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';
import { ConfidencePicker } from './confidence-picker';
import { OptionList } from './option-list';
import { LETTERS, orderOptions, shownLetter } from './quiz-logic';

export interface QuestionCardProps {
  readonly question: QuizQuestion;
  /** Attempt number: 0 shows the written order, later attempts a seeded shuffle. */
  readonly attempt: number;
  /** The stored answer, if the question was answered. */
  readonly chosen: OptionKey | undefined;
  /** The stored confidence of that answer, if the learner gave one. */
  readonly confidence?: Confidence;
  readonly onAnswer: (key: OptionKey, confidence: Confidence | undefined) => void;
  /** Exam: after "Check answer" say only that it was saved; the verdict comes with the score. */
  readonly holdFeedback?: boolean;
  /** Focus the first option on mount (after moving to this question). */
  readonly autoFocus?: boolean;
  /** Shown under the feedback once answered (Next, Try again…); its first button gets focus. */
  readonly children?: ReactNode;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question: q, attempt, chosen, onAnswer, autoFocus, holdFeedback = false, children } = props;
  const ordered = useMemo(() => orderOptions(q, attempt), [q, attempt]);
  const [choice, setChoice] = useState<OptionKey | null>(chosen ?? null);
  const [sure, setSure] = useState<Confidence | null>(props.confidence ?? null);
  const name = useId();
  const box = useRef<HTMLDivElement>(null);
  const answered = chosen !== undefined;
  const wasAnswered = useRef(answered);
  const picked = ordered.find((o) => o.key === (chosen ?? choice));
  const isRight = chosen === q.answer;
  const reveal = answered && !holdFeedback;

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
          if (choice && !answered) onAnswer(choice, sure ?? undefined);
        }}
      >
        <fieldset disabled={answered}>
          <legend>{q.prompt}</legend>
          <OptionList
            name={name}
            ordered={ordered}
            answer={q.answer}
            checked={chosen ?? choice}
            revealed={reveal ? (chosen ?? null) : null}
            onChoose={setChoice}
          />
        </fieldset>
        <ConfidencePicker value={answered ? (props.confidence ?? null) : sure} onChange={setSure} disabled={answered} />
        {!answered && (
          <button type="submit" disabled={!choice}>
            {QUIZ_TEXT.check}
          </button>
        )}
      </form>
      <div role="status" aria-live="polite">
        {answered && holdFeedback && <p>{QUIZ_TEXT.examHeld}</p>}
        {reveal && picked && (
          <p className={isRight ? 'feedback-right' : 'feedback-wrong'}>
            {isRight ? QUIZ_TEXT.right : QUIZ_TEXT.wrong}
            {picked.why}
            {!isRight && QUIZ_TEXT.seeMarked(shownLetter(ordered, q.answer))}
          </p>
        )}
      </div>
      {answered && (
        <>
          {reveal && (
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
          )}
          <div className="quiz-actions">{children}</div>
        </>
      )}
    </div>
  );
}
