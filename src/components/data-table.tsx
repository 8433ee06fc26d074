/**
 * One table markup for the app's small tables: a caption, column headers
 * (`scope="col"`), each row led by its row header (`scope="row"`), inside a
 * sideways-scrolling, keyboard-focusable box so a wide table never widens the
 * page at 390 px. Callers give data; the markup and its accessibility live here.
 */
import type { ReactNode } from 'react';

export interface DataRow {
  readonly key: string | number;
  /** The row's first cell, read by screen readers as the row's name. */
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
  /** Class per cell, same order as `cells` (e.g. a pass/fail verdict). */
  readonly cellClass?: readonly (string | undefined)[];
  readonly className?: string;
}

export interface DataTableProps {
  readonly caption: ReactNode;
  /** The caption for screen readers only (a heading right above already says it on screen). */
  readonly hideCaption?: boolean;
  /** Every column's header, the row-header column first ('' leaves that corner empty). */
  readonly columns: readonly ReactNode[];
  readonly rows: readonly DataRow[];
  /** Extra classes beside `data-table` (e.g. 'compact'). */
  readonly className?: string;
  /** Names the scrolling box as a region (for wide tables a screen-reader user should know scroll sideways). */
  readonly scrollLabel?: string;
  /** Shown across the table when there are no rows. */
  readonly empty?: ReactNode;
}

export function DataTable({ caption, hideCaption, columns, rows, className, scrollLabel, empty }: DataTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} {...(scrollLabel ? { role: 'region', 'aria-label': scrollLabel } : {})}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) =>
              c === '' ? (
                <td key={i} />
              ) : (
                <th key={i} scope="col">
                  {c}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key} className={r.className}>
                <th scope="row">{r.header}</th>
                {r.cells.map((c, j) => (
                  <td key={j} className={r.cellClass?.[j]}>
                    {c}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
