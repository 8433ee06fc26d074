/** Training vs validation at one threshold, and whether the gap looks like overfitting. */
import { accuracyOf } from '../../pipeline/metrics';
import { confusionAt } from '../../pipeline/score-summary';
import type { Scored } from '../../store/training-slice';

/** Training accuracy above validation by more than this (a fraction: 3 points) suggests overfitting. */
export const ACCURACY_GAP = 0.03;
/** Validation loss above training loss by more than this suggests overfitting. */
export const LOSS_GAP = 0.05;

export interface SplitComparison {
  readonly trainAccuracy: number;
  readonly valAccuracy: number;
  readonly trainLoss: number;
  readonly valLoss: number;
  readonly trainRows: number;
  readonly valRows: number;
  readonly accuracyGapTooBig: boolean;
  readonly lossGapTooBig: boolean;
  readonly overfitting: boolean;
}

export function compareSplits(training: Scored, validation: Scored, threshold: number): SplitComparison {
  // From the worker's summaries: O(log n) per threshold, nothing over every row here.
  const trainAccuracy = accuracyOf(confusionAt(training.summary, threshold));
  const valAccuracy = accuracyOf(confusionAt(validation.summary, threshold));
  const trainLoss = training.summary.loss;
  const valLoss = validation.summary.loss;
  const accuracyGapTooBig = trainAccuracy - valAccuracy > ACCURACY_GAP;
  const lossGapTooBig = valLoss - trainLoss > LOSS_GAP;
  return {
    trainAccuracy,
    valAccuracy,
    trainLoss,
    valLoss,
    trainRows: training.y.length,
    valRows: validation.y.length,
    accuracyGapTooBig,
    lossGapTooBig,
    overfitting: accuracyGapTooBig || lossGapTooBig,
  };
}
