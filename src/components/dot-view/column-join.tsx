/**
 * Stage 3's first moment: the two engineered columns join each row. One row's
 * columns drawn as cells (a picture of every row's shape, not of any one row's
 * values): the ten cleaned columns, then click_rate and time_since_last_click
 * sliding in. The marks below re-arrange by click_rate once it has played
 * (layout-features.ts's JOIN_MS); under reduced motion both show their end state.
 */
import { fmtInt } from '../../pipeline/summary';
import { ENGINEERED_COLUMNS, RAW_COLUMNS } from '../../pipeline/schema';

export interface ColumnJoinProps {
  readonly rows: number;
  readonly before: number;
  readonly after: number;
  readonly reduced: boolean;
}

export function ColumnJoin({ rows, before, after, reduced }: ColumnJoinProps) {
  const added = after > before ? ENGINEERED_COLUMNS.slice(0, after - before).map((c) => c.name) : [];
  const old = RAW_COLUMNS.slice(0, before).map((c) => c.name);
  return (
    // The count is the picture's own label and the summary's; here one row's cells, named where new.
    <div
      className={`column-join${reduced ? ' still' : ''}`}
      title={`Each of the ${fmtInt(rows)} rows: ${before} → ${after} columns`}
    >
      <div className="join-row" aria-hidden="true">
        <span className="join-lead">each row</span>
        {old.map((name) => (
          <span key={name} className="join-cell" title={name} />
        ))}
        {added.map((name, i) => (
          <span key={name} className="join-cell join-new" style={{ animationDelay: `${i * 150}ms` }}>
            {name}
          </span>
        ))}
      </div>
    </div>
  );
}
