/**
 * A chart with its text alternative: the figure has a caption, the chart is
 * hidden from screen readers (they get the table), and the same numbers are
 * one click away as a table for everyone. The charts are lazy (recharts stays
 * out of the first screen's JavaScript): until one has loaded, its box keeps
 * its height and says so, while the caption, summary and table are already there.
 */
import { Suspense, useId, type ReactNode } from 'react';
import { ChartBoundary } from './chart-boundary';

export interface ChartFigureProps {
  readonly caption: string;
  /** One-sentence summary read by screen readers in place of the graphic. */
  readonly summary: string;
  /** The drawing; it may suspend (a `React.lazy` plot) without holding back the rest of the figure. */
  readonly chart: ReactNode;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly height?: number;
}

export function ChartFigure({ caption, summary, chart, headers, rows, height = 240 }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <p className="visually-hidden">{summary}</p>
      <div className="chart-box" style={{ height }} aria-hidden="true">
        <ChartBoundary>
          <Suspense fallback={<div className="chart-loading muted">Drawing the chart…</div>}>{chart}</Suspense>
        </ChartBoundary>
      </div>
      <details>
        <summary>Show “{caption}” as a table</summary>
        <table className="data-table compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
