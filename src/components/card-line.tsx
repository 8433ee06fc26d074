/** The card's line for one stage: input → operation → output, and the example from this run. */
import { fmtShape, type StageRow } from '../pipeline/summary';

export function CardLine({ row, index }: { row: StageRow; index: number }) {
  const input = row.inShape ? fmtShape(row.inShape) : row.inText;
  const output = row.outShape ? fmtShape(row.outShape) : row.outText;
  return (
    <section className="card-line" aria-label={`Stage ${index + 1} on the lesson card`}>
      <dl>
        <div>
          <dt>Input</dt>
          <dd>{input}</dd>
        </div>
        <div>
          <dt>Operation</dt>
          <dd>{row.operation}</dd>
        </div>
        <div>
          <dt>Output</dt>
          <dd>{output}</dd>
        </div>
      </dl>
      <p className="card-example">
        <span className="card-example-label">This run: </span>
        {row.example}
      </p>
    </section>
  );
}
