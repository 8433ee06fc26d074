/**
 * The app shell: title, intro and toolbar (mode, Copy link, shortcuts), the
 * presenter's controls, the stepper, the data-flow strip, the current step and
 * Back/Next — each shown as the mode registry says for the current mode and
 * classroom settings (store/mode-registry.ts).
 */
import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState } from 'react';
import { FlowStrip } from '../components/flow-strip';
import { NewVersionBanner } from '../components/new-version-banner';
import { NoticeBar } from '../components/notice-bar';
import { Stepper, StepProgress } from '../components/stepper';
import { INTRO, SHORT_TITLE, TITLE } from '../content/intro';
import { SHELL_TEXT } from '../content/modes';
import { STEPS } from '../content/steps';
import { useLabActions, useLabStore } from '../store/lab-store';
import { stepAfter } from '../store/mode-registry';
import { watchProgress } from '../store/progress-sync';
import { useView } from '../store/use-view';
import { HiddenNote } from './classroom-settings';
import { CopyLink } from './copy-link';
import { EmbedHeader } from './embed-header';
import { KitButton } from './kit/kit-button';
import { ModeSwitcher } from './mode-switcher';
import { ShortcutsDialog } from './shortcuts-dialog';
import { StepView } from './step-view';
import { useArrowKeys } from './use-arrow-keys';
import { useFullscreen } from './use-fullscreen';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './url-sync';

/** Compare mode's panel: its charts and numbers load only when the mode is opened. */
const ComparePanel = lazy(() => import('../stages/compare/compare-panel'));
/** Fix-it mode's scenario panel, likewise loaded only in that mode. */
const FixPanel = lazy(() => import('../stages/fix/fix-panel'));

/** The printable handout (the instructor's kit) loads on demand. */
const Handout = lazy(() => import('./kit/handout').then((m) => ({ default: m.Handout })));

/** Present mode's slides load on demand: the first screen's JavaScript stays under its 150 kB budget. */
const SlideDeck = lazy(() => import('./slides/slide-deck').then((m) => ({ default: m.SlideDeck })));

export function App() {
  const view = useView();
  const step = useLabStore((s) => s.step);
  const back = useLabStore((s) => s.back);
  const next = useLabStore((s) => s.next);
  const prevBeat = useLabStore((s) => s.prevBeat);
  const nextBeat = useLabStore((s) => s.nextBeat);
  const start = useLabStore((s) => s.start);
  const hidden = useLabStore((s) => s.hidden);
  const handout = useLabStore((s) => s.handout);
  const [helpOpen, setHelpOpen] = useState(false);
  const fullscreen = useFullscreen();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const shows = view.shows;
  // Slides (Present mode): the keys walk the beats of each step, and PageDown/PageUp (a clicker) do too.
  const slides = view.entry.layout === 'slides';
  useArrowKeys(slides ? prevBeat : back, slides ? nextBeat : next, shows('step-nav') && !helpOpen && !handout, slides);
  useShortcuts({ helpOpen, setHelpOpen, toggleFullscreen: fullscreen.toggle });
  useUrlSync();

  // First show: the data for the link's settings, and the saved quiz progress.
  useEffect(() => start(), [start]);

  // Another tab's saved answers appear here too (and are never overwritten by this tab).
  const store = useLabActions();
  useEffect(() => watchProgress(window, () => store.getState().syncProgress()), [store]);

  // A mode that does not visit the current step (quiz mode) shows its own first step.
  const shown = view.entry.steps.includes(STEPS[step].id) ? step : STEPS.findIndex((s) => s.id === view.entry.steps[0]);
  // The step's own content follows at transition priority: the stepper answers the click at once, and a
  // step with many charts renders in slices that yield to input instead of one long task (1M-row runs).
  const rendered = useDeferredValue(shown);
  const info = STEPS[rendered];

  useEffect(() => {
    // Move focus to the new step's heading so screen readers announce it (not on first load). Keyed on the
    // rendered step: the heading is focused once it names the step, after the browser has laid it out.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [rendered]);
  // Class names for styling only (present mode's large type; the layout's spacing, which styles key on rather
  // than on a mode); nothing is hidden by a stylesheet.
  const classes = ['app', `mode-${view.mode}`, `layout-${view.entry.layout}`, ...hidden.map((g) => `hide-${g}`)].join(' ');
  // After the mode's first step the title and intro give way to the step: one line, no intro.
  const compact = view.entry.compactShell && shown !== view.steps[0];
  if (handout) {
    return (
      <Suspense fallback={<p className="muted">Opening the handout…</p>}>
        <Handout />
      </Suspense>
    );
  }
  if (slides) {
    return (
      <>
        <Suspense fallback={<p className="muted">Opening the slides…</p>}>
          <SlideDeck
            className={classes}
            step={shown}
            heading={heading}
            fullscreen={fullscreen}
            openHelp={() => setHelpOpen(true)}
          />
        </Suspense>
        {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      </>
    );
  }
  return (
    <div className={classes}>
      <a className="skip-link" href="#step-content">
        Skip to the current step
      </a>
      {shows('app-header') ? (
        <header className={compact ? 'app-header compact' : 'app-header'}>
          <h1>{compact ? SHORT_TITLE : TITLE}</h1>
          {shows('intro') && !compact && <p className="intro">{INTRO}</p>}
          <div className="toolbar">
            <ModeSwitcher compact={compact} />
            <CopyLink />
            <KitButton />
            <button type="button" className="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
              {SHELL_TEXT.shortcutsButton} (?)
            </button>
          </div>
        </header>
      ) : (
        <EmbedHeader />
      )}
      <NewVersionBanner />
      <NoticeBar />
      {shows('hidden-note') && <HiddenNote />}
      <Stepper />
      <StepProgress />
      <FlowStrip />
      {shows('compare-panel') && (
        <Suspense fallback={<p className="muted">Loading the comparison…</p>}>
          <ComparePanel />
        </Suspense>
      )}
      {shows('fix-panel') && (
        <Suspense fallback={<p className="muted">Loading the scenario…</p>}>
          <FixPanel />
        </Suspense>
      )}
      <main id="step-content" className="step" aria-busy={rendered !== shown || undefined}>
        <h2 ref={heading} tabIndex={-1}>
          {info.title}
        </h2>
        <StepView id={info.id} />
      </main>
      {shows('step-nav') && (
        <nav className="step-nav" aria-label="Back and next">
          <button type="button" onClick={back} disabled={stepAfter(view, step, -1) === step}>
            ← Back
          </button>
          <span className="muted key-hint">Tip: the ← and → keys move between steps; ? lists every shortcut.</span>
          <button type="button" onClick={next} disabled={stepAfter(view, step, 1) === step}>
            Next →
          </button>
        </nav>
      )}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
