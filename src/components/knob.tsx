/**
 * A labelled setting bound to the knob registry: a slider plus a number box
 * for numeric knobs, a switch for booleans, a select for choices. Invalid
 * values are refused with a visible message; the last valid value stays.
 */
import { useId, useState } from 'react';
import { KNOBS, type KnobId, type PipelineConfig } from '../pipeline/config';
import { useLabStore } from '../store/lab-store';

type NumericKnobId = { [K in KnobId]: (typeof KNOBS)[K]['kind'] extends 'number' ? K : never }[KnobId];

export interface NumberKnobProps {
  readonly id: NumericKnobId;
  /** Slider step; the number box accepts any valid value. */
  readonly step?: number;
  /** Show a slider (numbers with huge ranges such as the seed get only the box). */
  readonly slider?: boolean;
  readonly disabled?: boolean;
  readonly hint?: string;
  /** Format for the value read-out. */
  readonly format?: (v: number) => string;
  /** 'log' makes the slider move in orders of magnitude (for rates spanning 0.0001–1). */
  readonly scale?: 'linear' | 'log';
}

/** Slider position ↔ value for a log-scale knob (4 significant digits). */
const toLog = (v: number): number => Math.log10(v);
const fromLog = (x: number): number => Number((10 ** x).toPrecision(4));

export function NumberKnob({ id, step, slider = true, disabled, hint, format, scale = 'linear' }: NumberKnobProps) {
  const knob = KNOBS[id];
  const value = useLabStore((s) => s.config[id]) as number;
  const error = useLabStore((s) => s.knobErrors[id]);
  const setKnob = useLabStore((s) => s.setKnob);
  const [text, setText] = useState<string | null>(null);
  const uid = useId();
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;
  const commit = (raw: string) => {
    const v = raw.trim() === '' ? NaN : Number(raw);
    if (setKnob(id, v as PipelineConfig[typeof id])) setText(null);
  };
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="knob">
      <label htmlFor={`${uid}-box`}>
        {knob.label}
        {'unit' in knob && knob.unit ? ` (${knob.unit})` : ''}
      </label>
      <div className="knob-inputs">
        {slider && (
          <input
            type="range"
            aria-label={`${knob.label} slider`}
            min={scale === 'log' ? toLog(knob.min) : knob.min}
            max={scale === 'log' ? toLog(knob.max) : knob.max}
            step={scale === 'log' ? 0.01 : (step ?? (knob.integer ? 1 : (knob.max - knob.min) / 100))}
            value={scale === 'log' ? toLog(value) : value}
            disabled={disabled}
            aria-valuetext={format ? format(value) : String(value)}
            onChange={(e) => {
              const x = Number(e.target.value);
              setKnob(id, (scale === 'log' ? fromLog(x) : x) as PipelineConfig[typeof id]);
              setText(null);
            }}
          />
        )}
        <input
          id={`${uid}-box`}
          type="number"
          inputMode="decimal"
          min={knob.min}
          max={knob.max}
          step={knob.integer ? 1 : 'any'}
          value={text ?? String(value)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit((e.target as HTMLInputElement).value);
          }}
        />
      </div>
      {hint && (
        <p id={hintId} className="knob-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="knob-error" role="alert">
          {knob.label} {error}; keeping {format ? format(value) : value}.
        </p>
      )}
    </div>
  );
}

export function SwitchKnob({ id, disabled }: { id: 'useEngineered'; disabled?: boolean }) {
  const checked = useLabStore((s) => s.config[id]);
  const setKnob = useLabStore((s) => s.setKnob);
  const uid = useId();
  return (
    <div className="knob knob-switch">
      <input
        id={uid}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => setKnob(id, e.target.checked)}
      />
      <label htmlFor={uid}>{KNOBS[id].label}</label>
    </div>
  );
}

type ChoiceKnobId = { [K in KnobId]: (typeof KNOBS)[K]['kind'] extends 'choice' ? K : never }[KnobId];

/** A labelled select over a choice knob's options, with optional words for each option. */
export function ChoiceKnob({
  id,
  disabled,
  labels,
  hint,
}: {
  id: ChoiceKnobId;
  disabled?: boolean;
  labels?: Record<string, string>;
  hint?: string;
}) {
  const knob = KNOBS[id];
  const value = useLabStore((s) => s.config[id]);
  const setKnob = useLabStore((s) => s.setKnob);
  const uid = useId();
  return (
    <div className="knob">
      <label htmlFor={uid}>{knob.label}</label>
      <select
        id={uid}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${uid}-hint` : undefined}
        onChange={(e) => setKnob(id, e.target.value as PipelineConfig[typeof id])}
      >
        {knob.options.map((o) => (
          <option key={o} value={o}>
            {labels?.[o] ?? o}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${uid}-hint`} className="knob-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
