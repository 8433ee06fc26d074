/** The card's "Epoch | Loss ↓ | Accuracy ↑ | Observation" table, with the validation columns, filling in live. */
import { memo } from 'react';
import type { EpochRecord } from '../../pipeline/epochs';
import { TRAINING_TEXT } from './content';
import { fmtLoss, fmtRate } from './format';

const HEADERS = ['Epoch', 'Loss ↓', 'Accuracy ↑', 'Validation loss ↓', 'Validation accuracy ↑', 'Observation'];

export const EpochTraceTable = memo(function EpochTraceTable({ epochs }: { epochs: readonly EpochRecord[] }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table epoch-trace">
        <caption>{TRAINING_TEXT.tableCaption}</caption>
        <thead>
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {epochs.length === 0 ? (
            <tr>
              <td colSpan={HEADERS.length} className="muted">
                {TRAINING_TEXT.tableEmpty}
              </td>
            </tr>
          ) : (
            epochs.map((e) => (
              <tr key={e.epoch}>
                <th scope="row">{e.epoch}</th>
                <td>{fmtLoss(e.loss)}</td>
                <td>{fmtRate(e.accuracy)}</td>
                <td>{fmtLoss(e.valLoss)}</td>
                <td>{fmtRate(e.valAccuracy)}</td>
                <td className="epoch-observation">{e.observation}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
});
