/** Pause / play, replay and step for the dot view (also on P, R and S anywhere in the view, Space on the picture). */
import type { KeyboardEvent } from 'react';

export type DotAction = 'pause' | 'replay' | 'step';

/**
 * The view's keys: P pauses or plays, R replays, S steps; Space pauses only on the picture itself
 * (on a button it presses the button). Modified keys are the browser's.
 */
export function dotKeyAction(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): DotAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'p' || (key === ' ' && e.target instanceof HTMLCanvasElement)) return 'pause';
  return key === 'r' ? 'replay' : key === 's' ? 'step' : null;
}
export interface DotControlsProps {
  readonly paused: boolean;
  readonly onPause: () => void;
  readonly onReplay: () => void;
  readonly onStep: () => void;
  /** Training: the epoch shown, the epochs with predictions so far and the run's epoch count. */
  readonly epoch: { readonly shown: number; readonly available: number; readonly of: number } | null;
}

export function DotControls({ paused, onPause, onReplay, onStep, epoch }: DotControlsProps) {
  return (
    <div className="dot-controls" role="group" aria-label="Animation controls">
      <button type="button" className="secondary" aria-pressed={paused} onClick={onPause} aria-keyshortcuts="p">
        {paused ? 'Play' : 'Pause'}
      </button>
      <button type="button" className="secondary" onClick={onReplay} aria-keyshortcuts="r">
        Replay
      </button>
      <button type="button" className="secondary" onClick={onStep} aria-keyshortcuts="s">
        {epoch ? 'Next epoch' : 'Skip to end'}
      </button>
      {epoch && (
        <span className="dot-epoch" aria-live="polite">
          {epoch.shown === 0 ? 'Before training' : `Epoch ${epoch.shown} of ${epoch.of}`}
          {epoch.available < epoch.of ? ` (${epoch.available} trained so far)` : ''} — replayed at one epoch a second
        </span>
      )}
    </div>
  );
}
