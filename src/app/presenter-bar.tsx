/** Present mode's controls: full screen, the auto-advancing demo, a training status line and the classroom settings. */
import { useId } from 'react';
import { PRESENTER_TEXT } from '../content/modes';
import { WALK_STEPS } from '../content/steps';
import { useLabActions, useLabStore } from '../store/lab-store';
import { DEMO_SECONDS } from '../store/ui-slice';
import { ClassroomSettings } from './classroom-settings';
import { demoWaiting } from './use-demo';
import type { Fullscreen } from './use-fullscreen';
import { spaceDrivesStream } from './use-shortcuts';

function runLine(stream: string | null, status: string, epochs: number, total: number): string {
  if (stream !== null) return stream === 'running' ? 'Live stream running. Space pauses it.' : 'Space starts the live stream.';
  if (status === 'training') return `Training: epoch ${Math.min(epochs + 1, total)} of ${total}. Space stops it.`;
  if (status === 'done') return 'Model trained. Space trains it again.';
  return 'No trained model. Space starts training.';
}

export function PresenterBar({ fullscreen }: { fullscreen: Fullscreen }) {
  const running = useLabStore((s) => s.demoRunning);
  const seconds = useLabStore((s) => s.demoSeconds);
  const step = useLabStore((s) => s.step);
  const trainStatus = useLabStore((s) => s.trainStatus);
  const servingStatus = useLabStore((s) => s.servingStatus);
  const epochs = useLabStore((s) => s.epochs.length);
  const total = useLabStore((s) => s.config.epochs);
  const stream = useLabStore((s) => (spaceDrivesStream(s) ? s.monitor.status : null));
  const setDemoRunning = useLabStore((s) => s.setDemoRunning);
  const setDemoSeconds = useLabStore((s) => s.setDemoSeconds);
  const id = useId();
  const store = useLabActions();
  const startDemo = () => {
    const s = store.getState();
    if (s.step >= WALK_STEPS.length - 1) s.goTo(0);
    setDemoRunning(true);
  };
  const demoLine = running
    ? (demoWaiting(step, trainStatus, servingStatus) ??
      (step >= WALK_STEPS.length - 1
        ? 'Demo: last step.'
        : `Demo: step ${step + 1} of ${WALK_STEPS.length}; next in ${seconds} s.`))
    : '';
  return (
    <section className="presenter-bar" aria-label={PRESENTER_TEXT.region}>
      <div className="presenter-row">
        <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
          {fullscreen.active ? PRESENTER_TEXT.exitFullscreen : PRESENTER_TEXT.fullscreen}
        </button>
        <button type="button" onClick={running ? () => setDemoRunning(false) : startDemo}>
          {running ? PRESENTER_TEXT.stopDemo : PRESENTER_TEXT.startDemo}
        </button>
        <label htmlFor={id}>{PRESENTER_TEXT.secondsLabel}</label>
        <select id={id} value={seconds} onChange={(e) => setDemoSeconds(Number(e.target.value))}>
          {DEMO_SECONDS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <p role="status" aria-live="polite" className="presenter-status">
          {runLine(stream, trainStatus, epochs, total)} {demoLine}
        </p>
      </div>
      {fullscreen.problem && <p className="notice">{fullscreen.problem}</p>}
      <details className="classroom">
        <summary>{PRESENTER_TEXT.classroomSummary}</summary>
        <ClassroomSettings />
      </details>
    </section>
  );
}
