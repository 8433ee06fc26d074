/** Training vs validation side by side at the current threshold, with the overfitting check. */
import { useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import { fmtInt, fmtPct } from '../../pipeline/summary';
import type { Scored } from '../../store/training-slice';
import { ACCURACY_GAP, compareSplits, LOSS_GAP, type SplitComparison } from './compare-splits';
import { VALIDATION_TEXT } from './content';

const points = (x: number): string => `${(x * 100).toFixed(1)} points`;

function verdict(k: SplitComparison): string {
  const parts: string[] = [];
  if (k.accuracyGapTooBig) {
    parts.push(
      `training accuracy (${fmtPct(k.trainAccuracy)}) is ${points(k.trainAccuracy - k.valAccuracy)} above validation accuracy (${fmtPct(k.valAccuracy)}), more than ${points(ACCURACY_GAP)}`,
    );
  }
  if (k.lossGapTooBig) {
    parts.push(
      `validation loss (${k.valLoss.toFixed(3)}) is ${(k.valLoss - k.trainLoss).toFixed(3)} above training loss (${k.trainLoss.toFixed(3)}), more than ${LOSS_GAP}`,
    );
  }
  if (parts.length) return `Possible overfitting: ${parts.join('; and ')}.`;
  return (
    `No sign of overfitting: accuracy differs by ${points(Math.abs(k.trainAccuracy - k.valAccuracy))} ` +
    `and loss by ${Math.abs(k.valLoss - k.trainLoss).toFixed(3)} between training and validation.`
  );
}

export function TrainVsValidation({
  training,
  validation,
  threshold,
}: {
  training: Scored;
  validation: Scored;
  threshold: number;
}) {
  const k = useMemo(() => compareSplits(training, validation, threshold), [training, validation, threshold]);
  const gapAcc = k.trainAccuracy - k.valAccuracy;
  const gapLoss = k.valLoss - k.trainLoss;
  return (
    <>
      <DataTable
        className="compare-splits"
        caption={`${VALIDATION_TEXT.compareCaption} at threshold ${threshold.toFixed(2)}`}
        columns={['', `Training (${fmtInt(k.trainRows)} rows)`, `Validation (${fmtInt(k.valRows)} rows)`, 'Gap']}
        rows={[
          {
            key: 'accuracy',
            header: 'Accuracy ↑',
            cells: [
              fmtPct(k.trainAccuracy),
              fmtPct(k.valAccuracy),
              `${gapAcc >= 0 ? '+' : '−'}${points(Math.abs(gapAcc))} on training`,
            ],
          },
          {
            key: 'loss',
            header: 'Log loss ↓',
            cells: [
              k.trainLoss.toFixed(3),
              k.valLoss.toFixed(3),
              `${gapLoss >= 0 ? '+' : '−'}${Math.abs(gapLoss).toFixed(3)} on validation`,
            ],
          },
        ]}
      />
      <div className={k.overfitting ? 'split-verdict is-overfit' : 'split-verdict is-ok'}>
        <p>
          <strong>{verdict(k)}</strong>
        </p>
        <p>{k.overfitting ? VALIDATION_TEXT.overfitAdvice : VALIDATION_TEXT.okAdvice}</p>
      </div>
    </>
  );
}
