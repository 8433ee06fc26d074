/**
 * The shortcuts beyond ←/→: `?` lists them (Esc closes the list) in every mode;
 * in Present mode Space starts or stops training (the live stream on the
 * monitoring step), D the demo, F full screen and B blanks the screen. Keys typed into a field, or
 * meant for the focused control, are left alone.
 */
import { useEffect } from 'react';
import { STEPS } from '../content/steps';
import { useLabActions, type LabState } from '../store/lab-store';
import { viewOf } from '../store/mode-registry';
import { isInteractiveTarget, isTypingTarget } from './use-arrow-keys';

/** True when Space drives the live stream rather than training: on the monitoring step, with a trained model. */
export function spaceDrivesStream(s: { step: number; trainStatus: string }): boolean {
  return STEPS[s.step]?.id === 'monitoring' && s.trainStatus === 'done';
}

/**
 * Space: on the monitoring step with a trained model, starts or pauses the live
 * stream; elsewhere starts training or stops the run in progress (ignored
 * while the data is being prepared or the stream is opening).
 */
export function toggleRun(s: LabState): void {
  if (spaceDrivesStream(s)) {
    if (s.monitor.status === 'running') s.pauseMonitor();
    else if (s.monitor.status !== 'starting') void s.startMonitor();
  } else if (s.trainStatus === 'training') s.stopTraining();
  else if (s.dataStatus !== 'preparing') void s.train();
}

export interface ShortcutOptions {
  readonly helpOpen: boolean;
  readonly setHelpOpen: (open: boolean) => void;
  readonly toggleFullscreen: () => void;
}

export function useShortcuts({ helpOpen, setHelpOpen, toggleFullscreen }: ShortcutOptions): void {
  const store = useLabActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        if (helpOpen) setHelpOpen(false);
        return;
      }
      if (helpOpen || isTypingTarget(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelpOpen(true);
        return;
      }
      const s = store.getState();
      // The handout shows no lesson: the presenter's keys would act on slides no one sees.
      if (s.handout) return;
      if (!viewOf(s.mode, s.hidden).shows('presenter-keys') || e.repeat || isInteractiveTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === ' ' || key === 'spacebar') {
        e.preventDefault();
        toggleRun(s);
      } else if (key === 'd') {
        e.preventDefault();
        s.setDemoRunning(!s.demoRunning);
      } else if (key === 'f') {
        e.preventDefault();
        toggleFullscreen();
      } else if (key === 'b') {
        e.preventDefault();
        s.setBlanked(!s.blanked);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, helpOpen, setHelpOpen, toggleFullscreen]);
}
