/** The dropped rows, a page at a time, with the value that broke a rule highlighted. */
import { useState } from 'react';
import { formatValue } from '../../components/format-value';
import { REASON_TEXT } from '../../pipeline/clean';
import { RAW_COLUMNS } from '../../pipeline/schema';
import type { DroppedRow } from '../../pipeline/snapshot';
import { CLEANING_TEXT } from './content';
import { fmtInt } from '../../pipeline/summary';

const PAGE = 10;

export function DroppedRows({ rows, total }: { rows: readonly DroppedRow[]; total: number }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice(page * PAGE, page * PAGE + PAGE);
  if (rows.length === 0) return <p>No rows were dropped.</p>;
  return (
    <div>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact">
          <caption>
            {CLEANING_TEXT.droppedCaption}
            {rows.length < total ? ` — the first ${rows.length} of ${fmtInt(total)}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Reason</th>
              {RAW_COLUMNS.map((c) => (
                <th key={c.name} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row}>
                <th scope="row">{fmtInt(r.row)}</th>
                <td>{REASON_TEXT[r.reason]}</td>
                {RAW_COLUMNS.map((c, j) => {
                  const bad = c.name === r.column;
                  return (
                    <td key={c.name} className={bad ? 'cell-fault' : undefined}>
                      {bad ? <mark>{formatValue(c.name, r.values[j])}</mark> : formatValue(c.name, r.values[j])}
                      {bad && <span className="visually-hidden"> (faulty)</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pager" role="group" aria-label="Dropped rows pages">
        <button type="button" onClick={() => setPage((p) => Math.max(0, p - 1))} disabled={page === 0}>
          Previous page
        </button>
        <span>
          Page {page + 1} of {pages}
        </span>
        <button type="button" onClick={() => setPage((p) => Math.min(pages - 1, p + 1))} disabled={page >= pages - 1}>
          Next page
        </button>
      </div>
    </div>
  );
}
