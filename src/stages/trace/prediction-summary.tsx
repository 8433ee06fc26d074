/** The trace's outcome: probability, threshold, decision, and whether it matches the row's true label. */
import type { PredictionTrace } from '../../ml/trace';
import { decisionText, formatPercent } from './format';

export interface PredictionSummaryProps {
  readonly trace: PredictionTrace;
  readonly rowIndex: number;
  readonly label: 0 | 1;
  readonly edited: boolean;
}

export function PredictionSummary({ trace, rowIndex, label, edited }: PredictionSummaryProps) {
  const right = trace.decision === label;
  const rows: [string, string][] = [
    ['Probability of converting', formatPercent(trace.probability)],
    ['Decision threshold', formatPercent(trace.threshold)],
    ['Decision', decisionText(trace.decision)],
    [edited ? `True label (of the original row ${rowIndex})` : `True label (row ${rowIndex})`, decisionText(label)],
    [
      'Matches the true label?',
      `${right ? 'Yes: the model is right' : 'No: the model is wrong'}${edited ? ' (compared with the original row’s label)' : ''}`,
    ],
  ];
  return (
    <table className="data-table compact prediction-summary">
      <caption>Prediction for this row</caption>
      <tbody>
        {rows.map(([h, v]) => (
          <tr key={h} className={h.startsWith('Matches') ? (right ? 'match-yes' : 'match-no') : undefined}>
            <th scope="row">{h}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
