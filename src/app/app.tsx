/** The app shell: title, intro, stepper, the data-flow strip, the current step, Back/Next. */
import { useEffect, useRef } from 'react';
import { FlowStrip } from '../components/flow-strip';
import { NoticeBar } from '../components/notice-bar';
import { Stepper, StepProgress } from '../components/stepper';
import { INTRO, TITLE } from '../content/intro';
import { STEPS } from '../content/steps';
import { useLabStore } from '../store/lab-store';
import { useEngine } from './engine-context';
import { StepView } from './step-view';
import { useArrowKeys } from './use-arrow-keys';
import { useUrlSync } from './url-sync';

export function App() {
  const engine = useEngine();
  const step = useLabStore((s) => s.step);
  const back = useLabStore((s) => s.back);
  const next = useLabStore((s) => s.next);
  const dataStatus = useLabStore((s) => s.dataStatus);
  const prepareData = useLabStore((s) => s.prepareData);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useArrowKeys(back, next);
  useUrlSync(engine);

  useEffect(() => {
    if (dataStatus === 'idle') void prepareData(engine);
  }, [dataStatus, prepareData, engine]);

  useEffect(() => {
    // Move focus to the new step's heading so screen readers announce it (not on first load).
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step]);

  const info = STEPS[step];
  return (
    <div className="app">
      <a className="skip-link" href="#step-content">
        Skip to the current step
      </a>
      <header className="app-header">
        <h1>{TITLE}</h1>
        <p className="intro">{INTRO}</p>
      </header>
      <NoticeBar />
      <Stepper />
      <StepProgress />
      <FlowStrip />
      <main id="step-content" className="step">
        <h2 ref={heading} tabIndex={-1}>
          {info.title}
        </h2>
        <StepView id={info.id} />
      </main>
      <nav className="step-nav" aria-label="Back and next">
        <button type="button" onClick={back} disabled={step === 0}>
          ← Back
        </button>
        <span className="muted key-hint">Tip: the ← and → keys move between steps.</span>
        <button type="button" onClick={next} disabled={step === STEPS.length - 1}>
          Next →
        </button>
      </nav>
    </div>
  );
}
