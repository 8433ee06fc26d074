/** The one-line training status, written from the store's fields. */
import type { BackendName } from '../../ml/backend';
import type { DataStatus } from '../../store/data-slice';
import type { TrainStatus } from '../../store/training-slice';
import { STATUS_TEXT } from './content';

export interface StatusParts {
  readonly dataStatus: DataStatus;
  readonly dataError: string | null;
  readonly trainStatus: TrainStatus;
  readonly trainError: string | null;
  readonly epochsDone: number;
  readonly totalEpochs: number;
  readonly trainMs: number | null;
  readonly backend: BackendName | null;
}

/** Epochs of the run the status describes: the run in progress while training, else the settings. */
export function statusEpochs(s: {
  readonly trainStatus: TrainStatus;
  readonly runConfig: { readonly epochs: number } | null;
  readonly config: { readonly epochs: number };
}): number {
  return s.trainStatus === 'training' && s.runConfig ? s.runConfig.epochs : s.config.epochs;
}

export function trainingStatusText(s: StatusParts): string {
  switch (s.trainStatus) {
    case 'training':
      return `Training… epoch ${Math.min(s.epochsDone + 1, s.totalEpochs)} of ${s.totalEpochs}`;
    case 'done': {
      const time = s.trainMs === null ? '' : ` in ${(s.trainMs / 1000).toFixed(1)} s`;
      const where = s.backend ? ` on ${s.backend}` : '';
      const count = `${s.epochsDone} epoch${s.epochsDone === 1 ? '' : 's'}`;
      return `Trained${time}${where} (${count}).`;
    }
    case 'cancelled':
      return STATUS_TEXT.stopped;
    case 'error':
      return `${STATUS_TEXT.failed} ${s.trainError ?? 'unknown error'}`;
    case 'idle':
      if (s.dataStatus === 'ready') return STATUS_TEXT.ready;
      if (s.dataStatus === 'preparing') return STATUS_TEXT.preparing;
      if (s.dataStatus === 'error') return `${STATUS_TEXT.dataError} ${s.dataError ?? 'unknown error'}`;
      return STATUS_TEXT.noData;
  }
}

/** Below this much training time, or this share done, an estimate is noise: none is shown. */
const ESTIMATE_AFTER_MS = 1000;
const ESTIMATE_AFTER_SHARE = 0.02;

/**
 * "about 12 s left" from the share of steps done and the time they took,
 * assuming the remaining steps cost the same; null while it would be a guess.
 */
export function timeLeftText(fraction: number, elapsedMs: number): string | null {
  if (!(fraction >= ESTIMATE_AFTER_SHARE && fraction < 1) || !(elapsedMs >= ESTIMATE_AFTER_MS)) return null;
  const leftS = (elapsedMs * (1 - fraction)) / fraction / 1000;
  if (leftS < 1) return 'less than a second left';
  if (leftS < 90) return `about ${Math.round(leftS)} s left`;
  return `about ${Math.round(leftS / 60)} min left`;
}
