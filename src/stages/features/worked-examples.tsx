/** Real rows of this run with the two formulas worked out. */
import { formatValue } from '../../components/format-value';
import { RECENCY_CAP_HOURS } from '../../pipeline/schema';
import type { FeatureExample } from '../../pipeline/snapshot';
import { fmtInt } from '../../pipeline/summary';

const when = (ms: number) => formatValue('timestamp', ms);

export function WorkedExamples({ examples }: { examples: readonly FeatureExample[] }) {
  if (examples.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table compact">
        <caption>Worked examples from this run’s rows</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">User</th>
            <th scope="col">Session start</th>
            <th scope="col">click_rate</th>
            <th scope="col">Previous clicking session</th>
            <th scope="col">time_since_last_click</th>
          </tr>
        </thead>
        <tbody>
          {examples.map((e) => (
            <tr key={e.row}>
              <th scope="row">{fmtInt(e.row)}</th>
              <td>{e.userId}</td>
              <td>{when(e.timestamp)}</td>
              <td>
                {e.clicks} ÷ {e.pageViews} = {e.clickRate.toFixed(2)}
              </td>
              <td>{e.previousClickMs === null ? 'none in the past 30 days' : when(e.previousClickMs)}</td>
              <td>
                {e.previousClickMs === null
                  ? `${RECENCY_CAP_HOURS} (the cap: not recently)`
                  : `${((e.timestamp - e.previousClickMs) / 3_600_000).toFixed(1)} h`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
