/**
 * The presenter's auto-advancing demo: one step every few seconds; on the
 * training step it trains (if needed) and waits for the run to finish, and on
 * the serving steps it waits for compression and monitoring. It stops at the
 * last step, or when the training it started is stopped or fails. Reduced
 * motion turns off animation (styles.css), not the stepping.
 */
import { useEffect, useRef } from 'react';
import { STEPS, WALK_STEPS } from '../content/steps';
import { useLabActions, useLabStore } from '../store/lab-store';

/** What the demo is doing, for its status line. */
export function demoWaiting(step: number, trainStatus: string, servingStatus: string): string | null {
  const id = STEPS[step]?.id;
  if (id === 'training' && trainStatus !== 'done') return 'Training the model; the demo continues when it finishes.';
  if ((id === 'deployment' || id === 'monitoring') && servingStatus === 'running') {
    return 'Compressing and monitoring the model; the demo continues when it is done.';
  }
  return null;
}

export function useDemo(): void {
  const store = useLabActions();
  const running = useLabStore((s) => s.demoRunning);
  const step = useLabStore((s) => s.step);
  const trainStatus = useLabStore((s) => s.trainStatus);
  const servingStatus = useLabStore((s) => s.servingStatus);
  const dataStatus = useLabStore((s) => s.dataStatus);
  const seconds = useLabStore((s) => s.demoSeconds);
  const startedTraining = useRef(false);

  useEffect(() => {
    if (!running) startedTraining.current = false;
  }, [running]);

  useEffect(() => {
    if (!running) return;
    const s = store.getState();
    if (demoWaiting(step, trainStatus, servingStatus)) {
      if (STEPS[step].id !== 'training' || trainStatus === 'training' || dataStatus === 'preparing') return;
      if (startedTraining.current) {
        // The run the demo started was stopped or failed: hand control back to the presenter.
        if (trainStatus === 'cancelled' || trainStatus === 'error') s.setDemoRunning(false);
        return;
      }
      startedTraining.current = true;
      void s.train();
      return;
    }
    const last = step >= WALK_STEPS.length - 1;
    const timer = window.setTimeout(() => {
      const now = store.getState();
      if (last) now.setDemoRunning(false);
      else now.next();
    }, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [running, step, trainStatus, servingStatus, dataStatus, seconds, store]);
}
