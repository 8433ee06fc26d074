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
