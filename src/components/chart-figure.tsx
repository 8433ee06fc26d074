/**
 * A chart with its text alternative: the figure has a caption, the chart is
 * hidden from screen readers (they get the table), and the same numbers are
 * one click away as a table for everyone. The charts are lazy (their code stays
 * out of the first screen's JavaScript): until one has loaded, its box keeps
 * its height and says so, while the caption, summary and table are already there.
 * Charts mount one per task, in turn (chart-turns.ts).
 */

const LOADING = <div className="chart-loading muted">Drawing the chart…</div>;

/** Ends its chart's turn once it is committed: it sits beside the chart inside the same Suspense boundary. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}

const noop = (): void => {};

/** Whether this chart's turn has come, and the function that ends it. */
function useTurn(wanted: boolean): [boolean, () => void] {
  const [turn] = useState(() => (wanted ? takeTurn() : null));
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!turn) return;
    let live = true;
    void turn.ready.then(() => live && setShown(true));
    return () => {
      live = false;
      turn.done();
    };
  }, [turn]);
  return [shown, turn?.done ?? noop];
}
import { Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { ChartBoundary } from './chart-boundary';
import { takeTurn } from './chart-turns';

export interface ChartFigureProps {
  readonly caption: string;
  /** One-sentence summary read by screen readers in place of the graphic. */
  readonly summary: string;
  /** The drawing; it may suspend (a `React.lazy` plot) without holding back the rest of the figure. */
  readonly chart: ReactNode;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly height?: number;
  /**
   * Mount the chart in its turn, one chart per task (chart-turns.ts): for the lazily loaded
   * plots (each its own chunk). Live plots mount at once.
   */
  readonly takesTurn?: boolean;
}

export function ChartFigure({ caption, summary, chart, headers, rows, height = 240, takesTurn = false }: ChartFigureProps) {
  const id = useId();
  const [turnCame, drawn] = useTurn(takesTurn);
  const shown = !takesTurn || turnCame;
  return (
    <figure className="chart-figure" aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <p className="visually-hidden">{summary}</p>
      <div className="chart-box" style={{ height }} aria-hidden="true">
        {shown ? (
          <ChartBoundary onError={drawn}>
            <Suspense fallback={LOADING}>
              {chart}
              <Drawn onDrawn={drawn} />
            </Suspense>
          </ChartBoundary>
        ) : (
          LOADING
        )}
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
