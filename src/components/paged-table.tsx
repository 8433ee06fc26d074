/**
 * A table that pages through rows kept in the engine (a page at a time), so a
 * million-row dataset never lands in the DOM or the store.
 */
import { useEffect, useState } from 'react';
import { fmtInt } from '../pipeline/summary';
import type { RowsPage } from '../worker/protocol';
import { formatValue } from './format-value';

export interface PagedTableProps {
  readonly caption: string;
  readonly total: number;
  readonly fetchPage: (offset: number, limit: number) => Promise<RowsPage>;
  /** Changes when the underlying data changes (re-fetch, back to page 1). */
  readonly version: number;
  readonly pageSize?: number;
}

export function PagedTable({ caption, total, fetchPage, version, pageSize = 15 }: PagedTableProps) {
  const [page, setPage] = useState(0);
  const [data, setData] = useState<RowsPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const [prevVersion, setPrevVersion] = useState(version);
  if (prevVersion !== version) {
    setPrevVersion(version);
    setPage(0);
  }
  useEffect(() => {
    let live = true;
    fetchPage(page * pageSize, pageSize).then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [fetchPage, page, pageSize, version]);
  const first = page * pageSize;
  return (
    <div className="paged-table">
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact">
          <caption>
            {caption} — rows {fmtInt(first + 1)}–{fmtInt(Math.min(total, first + pageSize))} of {fmtInt(total)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {data?.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r, i) => (
              <tr key={first + i}>
                <th scope="row">{fmtInt(first + i)}</th>
                {r.map((v, j) => (
                  <td key={j} className={Number.isNaN(v) ? 'cell-missing' : undefined}>
                    {formatValue(data.columns[j], v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <p role="alert">Could not load rows: {error}</p>}
      <div className="pager" role="group" aria-label={`${caption} pages`}>
        <button type="button" onClick={() => setPage(0)} disabled={page === 0}>
          First
        </button>
        <button type="button" onClick={() => setPage((p) => Math.max(0, p - 1))} disabled={page === 0}>
          Previous page
        </button>
        <span>
          Page {page + 1} of {fmtInt(pages)}
        </span>
        <button type="button" onClick={() => setPage((p) => Math.min(pages - 1, p + 1))} disabled={page >= pages - 1}>
          Next page
        </button>
        <button type="button" onClick={() => setPage(pages - 1)} disabled={page >= pages - 1}>
          Last
        </button>
      </div>
    </div>
  );
}
