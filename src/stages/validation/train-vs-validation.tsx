/** Training vs validation side by side at the current threshold, with the overfitting check. */
import { useMemo } from 'react';
import { fmtPct } from '../../pipeline/summary';
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
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compare-splits">
          <caption>
            {VALIDATION_TEXT.compareCaption} at threshold {threshold.toFixed(2)}
          </caption>
          <thead>
            <tr>
              <td />
              <th scope="col">Training ({k.trainRows.toLocaleString('en-US')} rows)</th>
              <th scope="col">Validation ({k.valRows.toLocaleString('en-US')} rows)</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Accuracy ↑</th>
              <td>{fmtPct(k.trainAccuracy)}</td>
              <td>{fmtPct(k.valAccuracy)}</td>
              <td>{`${gapAcc >= 0 ? '+' : '−'}${points(Math.abs(gapAcc))} on training`}</td>
            </tr>
            <tr>
              <th scope="row">Log loss ↓</th>
              <td>{k.trainLoss.toFixed(3)}</td>
              <td>{k.valLoss.toFixed(3)}</td>
              <td>{`${gapLoss >= 0 ? '+' : '−'}${Math.abs(gapLoss).toFixed(3)} on validation`}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className={k.overfitting ? 'split-verdict is-overfit' : 'split-verdict is-ok'}>
        <p>
          <strong>{verdict(k)}</strong>
        </p>
        <p>{k.overfitting ? VALIDATION_TEXT.overfitAdvice : VALIDATION_TEXT.okAdvice}</p>
      </div>
    </>
  );
}
