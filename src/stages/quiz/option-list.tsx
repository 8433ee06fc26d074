/**
 * A question's options as radios. Once the answer is revealed the correct option
 * is marked in the list — by a ✓ and words, not colour alone — with its reason,
 * and a wrong choice is marked as the learner's answer.
 */
import type { OptionKey, QuizOption } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';
import { LETTERS } from './quiz-logic';

export interface OptionListProps {
  readonly name: string;
  readonly ordered: readonly QuizOption[];
  readonly answer: OptionKey;
  /** The option checked: the stored answer, else the current choice. */
  readonly checked: OptionKey | null;
  /** The stored answer, when its feedback may be shown (not held for an exam). */
  readonly revealed: OptionKey | null;
  readonly onChoose: (key: OptionKey) => void;
}

export function OptionList({ name, ordered, answer, checked, revealed, onChoose }: OptionListProps) {
  return ordered.map((o, i) => {
    const isAnswer = revealed !== null && o.key === answer;
    const chosenWrong = revealed !== null && o.key === revealed && revealed !== answer;
    const classes = ['quiz-option', isAnswer ? 'is-correct' : '', chosenWrong ? 'is-chosen-wrong' : ''].filter(Boolean);
    return (
      <div key={o.key} className={classes.join(' ')}>
        <input
          type="radio"
          id={`${name}-${o.key}`}
          name={name}
          value={o.key}
          checked={checked === o.key}
          onChange={() => onChoose(o.key)}
        />
        <label htmlFor={`${name}-${o.key}`}>
          <strong>{LETTERS[i]}</strong> {o.text}
          {isAnswer && <span className="quiz-mark"> {QUIZ_TEXT.markCorrect}</span>}
          {chosenWrong && <span className="quiz-mark"> {QUIZ_TEXT.markChosen}</span>}
          {/* The right option's reason sits beside it, so the feedback line never holds two verdicts. */}
          {isAnswer && revealed !== answer && <span className="quiz-option-why">{o.why}</span>}
        </label>
      </div>
    );
  });
}
