/** The quiz slot: the card's question with immediate feedback. */
import { useId, useState } from 'react';
import { CARD_QUESTION } from '../../content/card-quiz';

export function QuizStep() {
  const q = CARD_QUESTION;
  const [choice, setChoice] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const name = useId();
  const picked = q.options.find((o) => o.key === choice);
  return (
    <div className="stage-body">
      <p>Test your understanding.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) setChecked(true);
        }}
      >
        <fieldset>
          <legend>{q.prompt}</legend>
          {q.options.map((o) => (
            <div key={o.key} className="quiz-option">
              <input
                type="radio"
                id={`${name}-${o.key}`}
                name={name}
                value={o.key}
                checked={choice === o.key}
                onChange={() => {
                  setChoice(o.key);
                  setChecked(false);
                }}
              />
              <label htmlFor={`${name}-${o.key}`}>
                <strong>{o.key}</strong> {o.text}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={!choice}>
          Check answer
        </button>
      </form>
      <div role="status" aria-live="polite">
        {checked && picked && (
          <p className={picked.key === q.answer ? 'feedback-right' : 'feedback-wrong'}>
            {picked.key === q.answer ? 'Correct. ' : `Not quite — the answer is ${q.answer}. `}
            {picked.why}
          </p>
        )}
      </div>
    </div>
  );
}
