/** "How sure are you?" — three radios asked with every answer (optional), locked once the answer is checked. */
import { useId } from 'react';
import { CONFIDENCE_LEVELS, type Confidence } from '../../content/card-quiz';
import { QUIZ_TEXT } from '../../content/modes';

export function ConfidencePicker({
  value,
  onChange,
  disabled,
}: {
  value: Confidence | null;
  onChange: (c: Confidence) => void;
  disabled: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="quiz-confidence" disabled={disabled}>
      <legend>{QUIZ_TEXT.confidenceLegend}</legend>
      {CONFIDENCE_LEVELS.map((c) => (
        <span key={c} className="quiz-confidence-option">
          <input type="radio" id={`${name}-${c}`} name={name} value={c} checked={value === c} onChange={() => onChange(c)} />
          <label htmlFor={`${name}-${c}`}>{QUIZ_TEXT.confidence[c]}</label>
        </span>
      ))}
    </fieldset>
  );
}
