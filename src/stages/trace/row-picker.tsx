/** Picks the validation row to trace: a number box for its index and a "Random row" button. */
import { useId, useState } from 'react';

export interface RowPickerProps {
  /** Rows in the validation split. */
  readonly count: number;
  /** The index last asked for. */
  readonly index: number;
  onPick(index: number): void;
  onRandom(): void;
}

export function RowPicker({ count, index, onPick, onRandom }: RowPickerProps) {
  const [text, setText] = useState<string | null>(null);
  const id = useId();
  const shown = text ?? String(index);
  const n = Number(shown);
  const valid = /^\d+$/.test(shown.trim()) && n < count;
  return (
    <div className="row-picker">
      <label htmlFor={id}>Validation row (0–{count - 1})</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={count - 1}
        step={1}
        value={shown}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          const raw = e.target.value;
          if (/^\d+$/.test(raw.trim()) && Number(raw) < count) {
            setText(null);
            onPick(Number(raw));
          } else setText(raw);
        }}
      />
      <button
        type="button"
        onClick={() => {
          setText(null);
          onRandom();
        }}
      >
        Random row
      </button>
      {!valid && (
        <p id={`${id}-error`} className="trace-error" role="alert">
          Enter a whole number from 0 to {count - 1}; still showing row {index}.
        </p>
      )}
    </div>
  );
}
