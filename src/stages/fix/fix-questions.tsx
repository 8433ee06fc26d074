/** One multiple-choice question of a scenario: options as radio buttons, Check, and what the answer was. */
import { useId, useState } from 'react';
import { FIX_TEXT } from './content';

export interface FixQuestionProps {
  readonly legend: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly answer: string;
  readonly found: boolean;
  onAnswer(correct: boolean): void;
}

export function FixQuestion({ legend, options, answer, found, onAnswer }: FixQuestionProps) {
  const [choice, setChoice] = useState<string | null>(null);
  const [feedback, setFeedback] = useState('');
  const name = useId();
  return (
    <fieldset className="fix-question">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="fix-option">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={choice === o.value}
            disabled={found}
            onChange={() => setChoice(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
      <button
        type="button"
        disabled={found || choice === null}
        onClick={() => {
          const correct = choice === answer;
          setFeedback(correct ? FIX_TEXT.right : FIX_TEXT.wrong);
          onAnswer(correct);
        }}
      >
        {FIX_TEXT.check}
      </button>
      <p role="status" className={found ? 'fix-right' : 'muted'}>
        {found ? FIX_TEXT.right : feedback}
      </p>
    </fieldset>
  );
}
