/** Everything the validation stage shows for a trained model, recomputed live at the current threshold. */
import { useMemo } from 'react';
import { metricsAt } from '../../pipeline/score-summary';
import { usePlacedAbove } from '../../store/use-view';
import type { Scored } from '../../store/training-slice';
import { ConfusionMatrix } from './confusion-matrix';
import { VALIDATION_TEXT } from './content';
import { MetricTiles } from './metric-tiles';
import { RocChart } from './roc-chart';
import { ThresholdSlider } from './threshold-slider';
import { tradeOffSentences } from './trade-off';
import { TrainVsValidation } from './train-vs-validation';

export interface ValidationResultsProps {
  readonly validation: Scored;
  readonly training: Scored;
  readonly threshold: number;
}

export function ValidationResults({ validation, training, threshold }: ValidationResultsProps) {
  const sliderAbove = usePlacedAbove('threshold');
  const metrics = metricsAt(validation, threshold); // O(log n): the worker summarised the scores
  const curve = validation.summary;
  const tradeOff = useMemo(
    () => (metrics ? tradeOffSentences(validation.summary, metrics.confusion, threshold) : []),
    [validation, metrics, threshold],
  );
  if (!metrics) return null;
  return (
    <>
      <section aria-labelledby="validation-threshold" className="validation-panel">
        <h3 id="validation-threshold">{VALIDATION_TEXT.thresholdHeading}</h3>
        {!sliderAbove && <ThresholdSlider />}
        <MetricTiles metrics={metrics} />
        <p className="trade-off" aria-live="polite">
          {tradeOff.join(' ')}
        </p>
      </section>
      <div className="validation-grid">
        <section aria-labelledby="validation-matrix">
          <h3 id="validation-matrix">{VALIDATION_TEXT.matrixHeading}</h3>
          <p>{VALIDATION_TEXT.matrixText}</p>
          <ConfusionMatrix c={metrics.confusion} threshold={threshold} />
        </section>
        <section aria-labelledby="validation-roc">
          <h3 id="validation-roc">{VALIDATION_TEXT.rocHeading}</h3>
          <p>{VALIDATION_TEXT.rocText}</p>
          <RocChart points={curve.curve} auc={curve.auc} c={metrics.confusion} threshold={threshold} />
        </section>
      </div>
      <section aria-labelledby="validation-compare">
        <h3 id="validation-compare">{VALIDATION_TEXT.compareHeading}</h3>
        <TrainVsValidation training={training} validation={validation} threshold={threshold} />
      </section>
    </>
  );
}
