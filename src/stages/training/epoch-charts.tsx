/** Loss and accuracy per epoch, drawn live from the store's epoch records, each with its table alternative. */
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { EpochRecord } from '../../pipeline/epochs';
import { TRAINING_TEXT } from './content';
import { EpochLineChart } from './epoch-line-chart';
import { fmtLoss, fmtRate } from './format';

const pctTick = (v: number): string => `${Math.round(v * 100)} %`;

function trend(name: string, first: number, last: number, lastEpoch: number, f: (v: number) => string): string {
  return lastEpoch === 1
    ? `${name} ${f(first)} after epoch 1`
    : `${name} ${f(first)} at epoch 1 → ${f(last)} at epoch ${lastEpoch}`;
}

export function EpochCharts({ epochs, totalEpochs }: { epochs: readonly EpochRecord[]; totalEpochs: number }) {
  const reduced = useReducedMotion();
  if (epochs.length === 0) return <p className="muted">{TRAINING_TEXT.chartsEmpty}</p>;
  const first = epochs[0];
  const last = epochs[epochs.length - 1];
  const loss = epochs.map((e) => ({ epoch: e.epoch, train: e.loss, validation: e.valLoss }));
  const acc = epochs.map((e) => ({ epoch: e.epoch, train: e.accuracy, validation: e.valAccuracy }));
  return (
    <div className="chart-grid two">
      <ChartFigure
        caption={TRAINING_TEXT.lossCaption}
        summary={`${trend('Training loss', first.loss, last.loss, last.epoch, fmtLoss)}; ${trend('validation loss', first.valLoss, last.valLoss, last.epoch, fmtLoss)}.`}
        headers={['Epoch', 'Loss', 'Validation loss']}
        rows={epochs.map((e) => [e.epoch, fmtLoss(e.loss), fmtLoss(e.valLoss)])}
        chart={
          <EpochLineChart
            data={loss}
            totalEpochs={totalEpochs}
            trainName="Loss"
            validationName="Validation loss"
            format={(v) => v.toFixed(2)}
            tooltipFormat={fmtLoss}
            animate={!reduced}
          />
        }
      />
      <ChartFigure
        caption={TRAINING_TEXT.accuracyCaption}
        summary={`${trend('Training accuracy', first.accuracy, last.accuracy, last.epoch, fmtRate)}; ${trend('validation accuracy', first.valAccuracy, last.valAccuracy, last.epoch, fmtRate)}.`}
        headers={['Epoch', 'Accuracy', 'Validation accuracy']}
        rows={epochs.map((e) => [e.epoch, fmtRate(e.accuracy), fmtRate(e.valAccuracy)])}
        chart={
          <EpochLineChart
            data={acc}
            totalEpochs={totalEpochs}
            trainName="Accuracy"
            validationName="Validation accuracy"
            format={pctTick}
            tooltipFormat={fmtRate}
            animate={!reduced}
          />
        }
      />
    </div>
  );
}
