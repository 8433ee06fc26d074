/**
 * A chart with its text alternative: the figure has a caption, the chart is
 * hidden from screen readers (they get the table), and the same numbers are
 * one click away as a table for everyone.
 */
import { useId, type ReactNode } from 'react';

export interface ChartFigureProps {
  readonly caption: string;
  /** One-sentence summary read by screen readers in place of the graphic. */
  readonly summary: string;
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
        {chart}
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
