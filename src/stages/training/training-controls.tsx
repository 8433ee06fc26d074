/** Train and Stop, the live status line and the progress bar. */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dataIsStale } from '../../pipeline/config';
import { useLabActions, useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { TRAINING_TEXT } from './content';
import { statusEpochs, timeLeftText, trainingStatusText } from './status-text';

export function TrainingControls() {
  const store = useLabActions();
  const buttonsShown = useView().shows('train-buttons');
  const parts = useLabStore(
    useShallow((s) => ({
      dataStatus: s.dataStatus,
      dataError: s.dataError,
      trainStatus: s.trainStatus,
      trainError: s.trainError,
      epochsDone: s.epochs.length,
      totalEpochs: statusEpochs(s),
      trainMs: s.trainMs,
      backend: s.backend?.backend ?? null,
    })),
  );
  const progress = useLabStore((s) => s.progress);
  const timeLeft = useLabStore((s) => timeLeftText(s.progress, s.progressElapsedMs));
  const stale = useLabStore((s) => dataIsStale(s.config, s.preparedConfig));
  const training = parts.trainStatus === 'training';
  const trainRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const used = useRef(false);

  // The pressed button becomes disabled: hand focus to the one that can be pressed next.
  useEffect(() => {
    if (!used.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== trainRef.current && active !== stopRef.current) return;
    (training ? stopRef : trainRef).current?.focus();
  }, [training]);

  const failed = parts.trainStatus === 'error' || parts.dataStatus === 'error';
  return (
    <section aria-labelledby="training-run" className="training-run">
      <h3 id="training-run">{TRAINING_TEXT.runHeading}</h3>
      <div className="training-actions">
        {buttonsShown && (
          <>
            <button
              ref={trainRef}
              type="button"
              disabled={parts.dataStatus !== 'ready' || training}
              onClick={() => {
                used.current = true;
                void store.getState().train();
              }}
            >
              {TRAINING_TEXT.train}
            </button>
            <button
              ref={stopRef}
              type="button"
              className="secondary"
              disabled={!training}
              onClick={() => {
                used.current = true;
                store.getState().stopTraining();
              }}
            >
              {TRAINING_TEXT.stop}
            </button>
          </>
        )}
        <p role="status" aria-live="polite" className={failed ? 'training-status is-error' : 'training-status'}>
          {trainingStatusText(parts)}
        </p>
      </div>
      {training && (
        <div className="training-progress">
          <progress
            max={1}
            value={progress}
            aria-label={TRAINING_TEXT.progressLabel}
            aria-valuetext={`${Math.round(progress * 100)} %${timeLeft ? `, ${timeLeft}` : ''}`}
          />
          <span aria-hidden="true">
            {Math.round(progress * 100)} %{timeLeft && ` · ${timeLeft}`}
          </span>
        </div>
      )}
      {stale && !training && <p className="notice">{TRAINING_TEXT.staleData}</p>}
    </section>
  );
}
