/**
 * The epoch trace: one record per epoch with an observation sentence written
 * from the numbers themselves (the card's "Observation" column).
 */
import { fmtPct } from './summary';

export interface EpochNumbers {
  readonly epoch: number;
  /** Mean training loss over the epoch's batches (binary cross-entropy). */
  readonly loss: number;
  /** Training accuracy over the epoch (running, as the weights changed). */
  readonly accuracy: number;
  readonly valLoss: number;
  readonly valAccuracy: number;
}

export interface EpochRecord extends EpochNumbers {
  readonly observation: string;
}

/** Writes the observation for `e` given the epochs before it. */
export function describeEpoch(e: EpochNumbers, previous: readonly EpochNumbers[]): EpochRecord {
  return { ...e, observation: observe(e, previous) };
}

function observe(e: EpochNumbers, previous: readonly EpochNumbers[]): string {
  if (!Number.isFinite(e.loss)) return 'Loss is not a number: training diverged — lower the learning rate';
  const prev = previous[previous.length - 1];
  if (!prev) {
    return e.accuracy < 0.75
      ? `Model starts learning basic patterns (accuracy ${fmtPct(e.accuracy)})`
      : `Model picks up the main patterns quickly (accuracy ${fmtPct(e.accuracy)})`;
  }
  const dLoss = e.loss - prev.loss;
  const dVal = e.valLoss - prev.valLoss;
  const best = Math.min(...previous.map((p) => p.valLoss));
  if (dLoss > 0.02) return 'Training loss went up: the learning rate may be too high';
  if (dLoss < 0 && dVal > 0.005 && e.valLoss > best + 0.005) {
    return 'Validation loss rises while training loss falls: the model starts to overfit';
  }
  if (e.accuracy - e.valAccuracy > 0.05) return 'Training accuracy pulls ahead of validation: watch for overfitting';
  if (dLoss < -0.05) return `Loss decreases (${prev.loss.toFixed(2)} → ${e.loss.toFixed(2)}), accuracy improves`;
  if (dLoss < -0.015) return 'Model captures more complex features; gains are getting smaller';
  if (Math.abs(dLoss) <= 0.015 && Math.abs(e.valAccuracy - prev.valAccuracy) < 0.005) {
    return 'Training converges: small improvements';
  }
  return 'Good balance of accuracy and loss';
}
