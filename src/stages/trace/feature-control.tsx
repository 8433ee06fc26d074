/** One labelled editor for a model feature: a select for categories, a slider with its read-out for numbers. */
import { useId } from 'react';
import { columnInfo } from '../../pipeline/schema';
import type { FeatureRange } from '../../pipeline/snapshot';
import { sliderSpec } from './feature-edit';
import { formatFeature } from './format';

export interface FeatureControlProps {
  readonly range: FeatureRange;
  readonly value: number;
  /** Why this value was held back or moved with another one, if it was. */
  readonly note: string | null;
  onChange(value: number): void;
}

function labelOf(range: FeatureRange): string {
  const unit = columnInfo(range.name)?.unit;
  return unit && !range.categories && unit !== range.name ? `${range.name} (${unit})` : range.name;
}

export function FeatureControl({ range, value, note, onChange }: FeatureControlProps) {
  const id = useId();
  const noteId = `${id}-note`;
  if (range.categories) {
    return (
      <div className="feature-control">
        <label htmlFor={id}>{labelOf(range)}</label>
        <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
          {range.categories.map((c, i) => (
            <option key={c} value={String(i)}>
              {c}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const spec = sliderSpec(range);
  const shown = formatFeature(range, value);
  return (
    <div className="feature-control">
      <label htmlFor={id}>{labelOf(range)}</label>
      <div className="feature-slider">
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          aria-valuetext={shown}
          aria-describedby={noteId}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <span className="feature-value">{shown}</span>
      </div>
      <p id={noteId} className="feature-note" aria-live="polite">
        {note ?? ''}
      </p>
    </div>
  );
}
