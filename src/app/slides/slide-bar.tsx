/**
 * Present mode's thin top bar (the presenter controls): the steps, the mode,
 * the demo, the presenter view, full screen, blank, and — folded away — the
 * classroom settings, Copy link and the shortcut list. One status line says
 * what Space does now and what the demo is waiting for.
 */
import { useId } from 'react';
import { PRESENTER_TEXT, SHELL_TEXT } from '../../content/modes';
import { Stepper } from '../../components/stepper';
import { useLabStore } from '../../store/lab-store';
import { demoWaiting } from '../../store/demo-flow';
import { beatsOf } from '../../store/beats';
import { DEMO_SECONDS } from '../../store/slide-slice';
import { ClassroomSettings } from '../classroom-settings';
import { CopyLink } from '../copy-link';
import { KitButton } from '../kit/kit-button';
import { ModeSwitcher } from '../mode-switcher';
import type { Fullscreen } from '../use-fullscreen';
import { spaceDrivesStream } from '../use-shortcuts';
import { openPresenterView } from '../presenter/open-presenter-view';

function runLine(stream: string | null, status: string, epochs: number, total: number): string {
  if (stream !== null) return stream === 'running' ? 'Live stream running. Space pauses it.' : 'Space starts the live stream.';
  if (status === 'training') return `Training: epoch ${Math.min(epochs + 1, total)} of ${total}. Space stops it.`;
  if (status === 'done') return 'Model trained. Space trains it again.';
  return 'No trained model. Space starts training.';
}

export function SlideBar({ fullscreen, openHelp }: { fullscreen: Fullscreen; openHelp: () => void }) {
  const running = useLabStore((s) => s.demoRunning);
  const seconds = useLabStore((s) => s.demoSeconds);
  const waiting = useLabStore(demoWaiting);
  const stream = useLabStore((s) => (spaceDrivesStream(s) ? s.monitor.status : null));
  const trainStatus = useLabStore((s) => s.trainStatus);
  const epochs = useLabStore((s) => s.epochs.length);
  const total = useLabStore((s) => s.config.epochs);
  const blanked = useLabStore((s) => s.blanked);
  const last = useLabStore((s) => s.beat >= beatsOf(s.step).length - 1);
  const setDemoRunning = useLabStore((s) => s.setDemoRunning);
  const setDemoSeconds = useLabStore((s) => s.setDemoSeconds);
  const setBlanked = useLabStore((s) => s.setBlanked);
  const id = useId();
  const demoLine = running ? (waiting ?? `Demo: next beat in ${seconds} s${last ? ' (next step)' : ''}.`) : '';
  return (
    <header className="slide-bar" aria-label={PRESENTER_TEXT.region} role="region">
      <h1 className="slide-title">{PRESENTER_TEXT.title}</h1>
      <Stepper />
      <ModeSwitcher />
      <button type="button" onClick={() => setDemoRunning(!running)} aria-keyshortcuts="D">
        {running ? PRESENTER_TEXT.stopDemo : PRESENTER_TEXT.startDemo}
      </button>
      <span className="slide-bar-field">
        <label htmlFor={id}>{PRESENTER_TEXT.secondsLabel}</label>
        <select id={id} value={seconds} onChange={(e) => setDemoSeconds(Number(e.target.value))}>
          {DEMO_SECONDS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </span>
      <button type="button" onClick={() => openPresenterView(window)}>
        {PRESENTER_TEXT.presenterView}
      </button>
      <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active} aria-keyshortcuts="F">
        {fullscreen.active ? PRESENTER_TEXT.exitFullscreen : PRESENTER_TEXT.fullscreen}
      </button>
      <button type="button" onClick={() => setBlanked(!blanked)} aria-pressed={blanked} aria-keyshortcuts="B">
        {PRESENTER_TEXT.blank}
      </button>
      <details className="slide-more">
        <summary>{PRESENTER_TEXT.classroomSummary}</summary>
        <div className="slide-more-panel">
          <ClassroomSettings />
          <CopyLink />
          <KitButton />
          <button type="button" className="secondary" onClick={openHelp} aria-keyshortcuts="?">
            {SHELL_TEXT.shortcutsButton} (?)
          </button>
        </div>
      </details>
      <p role="status" aria-live="polite" className="presenter-status">
        {runLine(stream, trainStatus, epochs, total)} {demoLine}
      </p>
      {fullscreen.problem && <p className="notice">{fullscreen.problem}</p>}
    </header>
  );
}
