/** The card's "Data Flow — 7 Stages" table, filled from the run. */
import { fmtShape, type StageRow } from '../pipeline/summary';

export function StageTable({ stages }: { stages: readonly StageRow[] }) {
  return (
    <table className="data-table">
      <caption>Data flow — 7 stages</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Stage</th>
          <th scope="col">Input</th>
          <th scope="col">Operation</th>
          <th scope="col">Output</th>
          <th scope="col">Example from this run</th>
        </tr>
      </thead>
      <tbody>
        {stages.map((s, i) => (
          <tr key={s.id}>
            <td>{i + 1}</td>
            <th scope="row">{s.name}</th>
            <td>{s.inShape ? fmtShape(s.inShape) : s.inText}</td>
            <td>{s.operation}</td>
            <td>{s.outShape ? fmtShape(s.outShape) : s.outText}</td>
            <td>{s.example}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
