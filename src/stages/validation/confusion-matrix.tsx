/** The confusion matrix as a real table: actual outcome by row, prediction by column. */
import type { Confusion } from '../../pipeline/metrics';
import { CELL_NAMES } from './content';
import { fmtInt } from '../../pipeline/summary';

function Cell({ count, name, good }: { count: number; name: string; good: boolean }) {
  return (
    <td className={good ? 'cm-cell cm-good' : 'cm-cell cm-bad'}>
      <span className="cm-count">{fmtInt(count)}</span> <span className="cm-name">{name}</span>
    </td>
  );
}

export function ConfusionMatrix({ c, threshold }: { c: Confusion; threshold: number }) {
  const total = c.tp + c.fp + c.tn + c.fn;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table confusion-matrix">
        <caption>
          Confusion matrix at threshold {threshold.toFixed(2)} ({fmtInt(total)} validation rows)
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Predicted converted</th>
            <th scope="col">Predicted not converted</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Actual converted</th>
            <Cell count={c.tp} name={CELL_NAMES.tp} good />
            <Cell count={c.fn} name={CELL_NAMES.fn} good={false} />
          </tr>
          <tr>
            <th scope="row">Actual not converted</th>
            <Cell count={c.fp} name={CELL_NAMES.fp} good={false} />
            <Cell count={c.tn} name={CELL_NAMES.tn} good />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
