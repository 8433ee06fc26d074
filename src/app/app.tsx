/**
 * The app shell: title, intro and toolbar (mode, Copy link, shortcuts), the
 * presenter's controls in Present mode, the stepper, the data-flow strip, the
 * current step and Back/Next. Quiz mode shows the quiz alone.
 */
import { useEffect, useRef, useState } from 'react';
import { FlowStrip } from '../components/flow-strip';
import { NewVersionBanner } from '../components/new-version-banner';
import { NoticeBar } from '../components/notice-bar';
import { Stepper, StepProgress } from '../components/stepper';
import { INTRO, TITLE } from '../content/intro';
import { SHELL_TEXT } from '../content/modes';
import { STEPS } from '../content/steps';
import { useLabStore } from '../store/lab-store';
import { watchProgress } from '../store/progress-sync';
import { HiddenNote } from './classroom-settings';
import { CopyLink } from './copy-link';
import { useEngine } from './engine-context';
import { ModeSwitcher } from './mode-switcher';
import { PresenterBar } from './presenter-bar';
import { ShortcutsDialog } from './shortcuts-dialog';
import { StepView } from './step-view';
import { useArrowKeys } from './use-arrow-keys';
import { useDemo } from './use-demo';
import { useFullscreen } from './use-fullscreen';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './url-sync';

const QUIZ_STEP = STEPS.findIndex((s) => s.id === 'quiz');

export function App() {
  const engine = useEngine();
  const step = useLabStore((s) => s.step);
  const mode = useLabStore((s) => s.mode);
  const hidden = useLabStore((s) => s.hidden);
  const back = useLabStore((s) => s.back);
  const next = useLabStore((s) => s.next);
  const dataStatus = useLabStore((s) => s.dataStatus);
  const prepareData = useLabStore((s) => s.prepareData);
  const [helpOpen, setHelpOpen] = useState(false);
  const fullscreen = useFullscreen();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const quizOnly = mode === 'quiz';
  useArrowKeys(back, next, !quizOnly && !helpOpen);
  useShortcuts({ engine, helpOpen, setHelpOpen, toggleFullscreen: fullscreen.toggle });
  useDemo(engine);
  useUrlSync(engine);

  useEffect(() => {
    if (dataStatus === 'idle') void prepareData(engine);
  }, [dataStatus, prepareData, engine]);

  useEffect(() => {
    useLabStore.getState().loadProgress();
  }, []);

  // Another tab's saved answers appear here too (and are never overwritten by this tab).
  useEffect(() => watchProgress(window, () => useLabStore.getState().syncProgress()), []);

  useEffect(() => {
    // Move focus to the new step's heading so screen readers announce it (not on first load).
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  const info = STEPS[quizOnly ? QUIZ_STEP : step];
  const classes = ['app', `mode-${mode}`, ...hidden.map((g) => `hide-${g}`)].join(' ');
  return (
    <div className={classes}>
      <a className="skip-link" href="#step-content">
        Skip to the current step
      </a>
      <header className="app-header">
        <h1>{TITLE}</h1>
        {!quizOnly && <p className="intro">{INTRO}</p>}
        <div className="toolbar">
          <ModeSwitcher />
          <CopyLink />
          <button type="button" className="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {SHELL_TEXT.shortcutsButton} (?)
          </button>
        </div>
      </header>
      {mode === 'present' && <PresenterBar fullscreen={fullscreen} />}
      <NewVersionBanner />
      <NoticeBar />
      {mode !== 'present' && <HiddenNote />}
      {!quizOnly && (
        <>
          <Stepper />
          <StepProgress />
          <FlowStrip />
        </>
      )}
      <main id="step-content" className="step">
        <h2 ref={heading} tabIndex={-1}>
          {info.title}
        </h2>
        <StepView id={info.id} />
      </main>
      {!quizOnly && (
        <nav className="step-nav" aria-label="Back and next">
          <button type="button" onClick={back} disabled={step === 0}>
            ← Back
          </button>
          <span className="muted key-hint">Tip: the ← and → keys move between steps; ? lists every shortcut.</span>
          <button type="button" onClick={next} disabled={step === STEPS.length - 1}>
            Next →
          </button>
        </nav>
      )}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
