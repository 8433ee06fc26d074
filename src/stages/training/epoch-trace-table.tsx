/** The card's "Epoch | Loss ↓ | Accuracy ↑ | Observation" table, with the validation columns, filling in live. */
import { memo } from 'react';
import { DataTable } from '../../components/data-table';
import type { EpochRecord } from '../../pipeline/epochs';
import { TRAINING_TEXT } from './content';
import { fmtLoss, fmtRate } from './format';

const HEADERS = ['Epoch', 'Loss ↓', 'Accuracy ↑', 'Validation loss ↓', 'Validation accuracy ↑', 'Observation'];
const CELL_CLASS = [undefined, undefined, undefined, undefined, 'epoch-observation'];

export const EpochTraceTable = memo(function EpochTraceTable({ epochs }: { epochs: readonly EpochRecord[] }) {
  return (
    <DataTable
      className="epoch-trace"
      caption={TRAINING_TEXT.tableCaption}
      columns={HEADERS}
      empty={TRAINING_TEXT.tableEmpty}
      rows={epochs.map((e) => ({
        key: e.epoch,
        header: e.epoch,
        cells: [fmtLoss(e.loss), fmtRate(e.accuracy), fmtLoss(e.valLoss), fmtRate(e.valAccuracy), e.observation],
        cellClass: CELL_CLASS,
      }))}
    />
  );
});
