/**
 * Present mode as slides: a thin top bar, then the step's heading with the
 * current beat, then that beat's one main visual filling the rest of the
 * screen (slides.css). PageDown/PageUp and →/← walk the beats, then the steps
 * (use-arrow-keys.ts); B blanks the screen. The main window also tells the
 * presenter view where it is (store/presenter-sync.ts).
 */
import { useEffect, type RefObject } from 'react';
import { NewVersionBanner } from '../../components/new-version-banner';
import { NoticeBar } from '../../components/notice-bar';
import { PRESENTER_TEXT } from '../../content/modes';
import { STEPS } from '../../content/steps';
import { useLabActions, useLabStore } from '../../store/lab-store';
import { broadcastSlides } from '../../store/presenter-sync';
import { beatsOf } from '../../store/beats';
import { useView } from '../../store/use-view';
import type { Fullscreen } from '../use-fullscreen';
import { SlideBar } from './slide-bar';
import { SlideVisual } from './slide-visual';
import './slides.css';

export interface SlideDeckProps {
  readonly className: string;
  readonly step: number;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly fullscreen: Fullscreen;
  readonly openHelp: () => void;
}

export function SlideDeck({ className, step, heading, fullscreen, openHelp }: SlideDeckProps) {
  const store = useLabActions();
  const view = useView();
  const beat = useLabStore((s) => s.beat);
  const blanked = useLabStore((s) => s.blanked);
  const setBlanked = useLabStore((s) => s.setBlanked);
  useEffect(() => broadcastSlides(store), [store]);
  const info = STEPS[step];
  const beats = beatsOf(step);
  const current = beats[Math.min(beat, beats.length - 1)];
  return (
    <div className={`${className} slides`}>
      <a className="skip-link" href="#step-content">
        Skip to the current step
      </a>
      {view.shows('presenter-bar') && <SlideBar fullscreen={fullscreen} openHelp={openHelp} />}
      <NewVersionBanner />
      <NoticeBar />
      <main id="step-content" className="slide">
        <div className="slide-head">
          <h2 ref={heading} tabIndex={-1}>
            {info.title}
          </h2>
          <p className="slide-beat">
            {current.label}
            {beats.length > 1 && (
              <span className="muted">
                {' '}
                · beat {Math.min(beat, beats.length - 1) + 1} of {beats.length}
              </span>
            )}
          </p>
        </div>
        <section className={`slide-visual visual-${current.visual}`} aria-label="Main visual">
          <SlideVisual key={`${info.id}-${current.visual}`} id={info.id} visual={current.visual} />
        </section>
      </main>
      {blanked && (
        <div className="slide-blank" role="dialog" aria-modal="true" aria-label={PRESENTER_TEXT.blanked}>
          <button type="button" className="slide-unblank" onClick={() => setBlanked(false)}>
            {PRESENTER_TEXT.blanked}
          </button>
        </div>
      )}
    </div>
  );
}
