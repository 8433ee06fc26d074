/** Loss and accuracy per epoch, drawn live from the store's epoch records, each with its table alternative. */
import { memo } from 'react';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { EpochRecord } from '../../pipeline/epochs';
import { TRAINING_TEXT } from './content';
import { EpochLineChart } from './epoch-line-chart';
import { fmtLoss, fmtRate } from './format';
import { fmtPctWhole } from '../../pipeline/summary';

function trend(name: string, first: number, last: number, lastEpoch: number, f: (v: number) => string): string {
  return lastEpoch === 1
    ? `${name} ${f(first)} after epoch 1`
    : `${name} ${f(first)} at epoch 1 → ${f(last)} at epoch ${lastEpoch}`;
}

/** Memoized: with the deferred epochs from TrainingStage, it redraws only when an epoch arrives, at low priority. */
export const EpochCharts = memo(function EpochCharts({
  epochs,
  totalEpochs,
  live,
}: {
  epochs: readonly EpochRecord[];
  totalEpochs: number;
  /**
   * Training is running: each epoch's point just appears as it lands; only a plot that mounts
   * with a finished run reveals its lines.
   */
  live: boolean;
}) {
  const reduced = useReducedMotion();
  // The charts stay mounted with empty axes before the first epoch: mounting a chart costs far more
  // than feeding it a point, and a run starts by clearing the previous run's epochs.
  const first = epochs[0];
  const last = epochs[epochs.length - 1];
  const summary = (train: string, validation: string, pick: (e: EpochRecord) => [number, number], f: (v: number) => string) =>
    first && last
      ? `${trend(train, pick(first)[0], pick(last)[0], last.epoch, f)}; ${trend(validation.toLowerCase(), pick(first)[1], pick(last)[1], last.epoch, f)}.`
      : TRAINING_TEXT.chartsEmpty;
  const loss = epochs.map((e) => ({ epoch: e.epoch, train: e.loss, validation: e.valLoss }));
  // Fixed axes for the whole run (the lines grow into them instead of the scale jumping each epoch);
  // they widen only for a run whose numbers leave the usual range (a diverging loss, accuracy under 50 %).
  const lossTop = Math.max(1, Math.ceil(Math.max(0, ...epochs.flatMap((e) => [e.loss, e.valLoss]).filter(Number.isFinite))));
  const accBottom = epochs.some((e) => e.accuracy < 0.5 || e.valAccuracy < 0.5) ? 0 : 0.5;
  const acc = epochs.map((e) => ({ epoch: e.epoch, train: e.accuracy, validation: e.valAccuracy }));
  return (
    <>
      {epochs.length === 0 && <p className="muted">{TRAINING_TEXT.chartsEmpty}</p>}
      <div className="chart-grid two">
        <ChartFigure
          caption={TRAINING_TEXT.lossCaption}
          summary={summary('Training loss', 'Validation loss', (e) => [e.loss, e.valLoss], fmtLoss)}
          headers={['Epoch', 'Loss', 'Validation loss']}
          rows={epochs.map((e) => [e.epoch, fmtLoss(e.loss), fmtLoss(e.valLoss)])}
          chart={
            <EpochLineChart
              data={loss}
              totalEpochs={totalEpochs}
              trainName="Loss"
              validationName="Validation loss"
              format={(v) => v.toFixed(2)}
              yDomain={[0, lossTop]}
              animate={!reduced && !live}
            />
          }
        />
        <ChartFigure
          caption={TRAINING_TEXT.accuracyCaption}
          summary={summary('Training accuracy', 'Validation accuracy', (e) => [e.accuracy, e.valAccuracy], fmtRate)}
          headers={['Epoch', 'Accuracy', 'Validation accuracy']}
          rows={epochs.map((e) => [e.epoch, fmtRate(e.accuracy), fmtRate(e.valAccuracy)])}
          chart={
            <EpochLineChart
              data={acc}
              totalEpochs={totalEpochs}
              trainName="Accuracy"
              validationName="Validation accuracy"
              format={fmtPctWhole}
              yDomain={[accBottom, 1]}
              animate={!reduced && !live}
            />
          }
        />
      </div>
      {first && first.valLoss < first.loss && (
        <p className="muted epoch-one-note">{TRAINING_TEXT.epochOneNote(fmtLoss(first.loss), fmtLoss(first.valLoss))}</p>
      )}
    </>
  );
});
