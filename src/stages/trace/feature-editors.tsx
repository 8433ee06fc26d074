/** The row's feature values as editable controls, one per model feature, in the model's order. */
import type { FeatureColumnName } from '../../pipeline/schema';
import type { FeatureRange } from '../../pipeline/snapshot';
import { CLAMP_CLICKS, CLAMP_PAGE_VIEWS, CLICK_RATE_NOTE } from './content';
import type { Edit } from './feature-edit';
import { FeatureControl } from './feature-control';

export interface FeatureEditorsProps {
  readonly ranges: readonly FeatureRange[];
  readonly values: readonly number[];
  readonly clamped: Edit['clamped'];
  onEdit(name: FeatureColumnName, value: number): void;
}

function noteFor(name: FeatureColumnName, clamped: Edit['clamped']): string | null {
  if (!clamped || clamped.feature !== name) return null;
  return name === 'clicks' ? CLAMP_CLICKS(clamped.pageViews) : CLAMP_PAGE_VIEWS(clamped.pageViews);
}

export function FeatureEditors({ ranges, values, clamped, onEdit }: FeatureEditorsProps) {
  return (
    <fieldset className="feature-editors">
      <legend>Feature values of this row</legend>
      <div className="feature-grid">
        {ranges.map((r, i) => (
          <FeatureControl
            key={r.name}
            range={r}
            value={values[i]}
            note={noteFor(r.name, clamped)}
            onChange={(v) => onEdit(r.name, v)}
          />
        ))}
      </div>
      {ranges.some((r) => r.name === 'click_rate') && <p className="muted trace-hint">{CLICK_RATE_NOTE}</p>}
    </fieldset>
  );
}
