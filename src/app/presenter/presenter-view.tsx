/**
 * The presenter view (`?presenter`): a second window for the laptop's screen
 * while the slides are on the projector. It follows the slides through a
 * BroadcastChannel (store/presenter-sync.ts) and shows the current and next
 * beat, the talking points, a question for the class with the answer to listen
 * for, and a clock against the 50-minute class plan. Its buttons and
 * PageDown/PageUp move the slides in the main window.
 */
import { useEffect, useRef, useState } from 'react';
import { CLASS_MINUTES, SLIDES } from '../../content/slide-beats';
import { WALK_STEPS } from '../../content/steps';
import { followSlides, type SlideState } from '../../store/presenter-sync';
import { clock, currentBeat, nextBeat, planLine } from './presenter-notes';
import './presenter-view.css';

export function PresenterView() {
  const [slide, setSlide] = useState<SlideState | null>(null);
  const link = useRef<ReturnType<typeof followSlides>>(null);
  const [unsupported] = useState(() => typeof BroadcastChannel === 'undefined');
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const follow = followSlides(setSlide);
    link.current = follow;
    return () => follow?.close();
  }, []);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const direction = e.key === 'PageDown' || e.key === 'ArrowRight' ? 1 : e.key === 'PageUp' || e.key === 'ArrowLeft' ? -1 : 0;
      if (!direction) return;
      e.preventDefault();
      link.current?.move(direction);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const here = slide && currentBeat(slide);
  const next = slide && nextBeat(slide);
  const step = here ? WALK_STEPS[here.step] : null;
  const ask = step && step.id !== 'review' ? SLIDES[step.id].ask : null;
  return (
    <main className="presenter-view">
      <h1>Presenter view</h1>
      {unsupported && <p className="notice">This browser cannot link two windows (no BroadcastChannel).</p>}
      {!here ? (
        <p role="status">Waiting for the slides: open Present mode in the other window of this browser.</p>
      ) : (
        <>
          <section aria-labelledby="pv-now" className="pv-now">
            <h2 id="pv-now">
              Now: {here.title} — {here.info.label}
            </h2>
            <p className="muted">
              Step {here.step + 1} of {WALK_STEPS.length}, beat {here.beat + 1} of {here.count}
              {slide.demoRunning ? ' · the demo is running' : ''}
            </p>
            <h3>Talking points</h3>
            <ul>
              {here.info.talk.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </section>
          {ask && (
            <section aria-labelledby="pv-ask" className="pv-ask">
              <h2 id="pv-ask">Ask the class</h2>
              <p>{ask.question}</p>
              <p>
                <strong>Listen for:</strong> {ask.answer}
              </p>
            </section>
          )}
          <section aria-labelledby="pv-next" className="pv-next">
            <h2 id="pv-next">Next: {next ? `${next.title} — ${next.info.label}` : 'the end of the lesson'}</h2>
          </section>
        </>
      )}
      <section aria-labelledby="pv-clock" className="pv-clock">
        <h2 id="pv-clock">
          Class clock: <span className="pv-time">{clock(now - started)}</span> of {CLASS_MINUTES}:00
        </h2>
        {here && <p>{planLine(here.step, now - started)}</p>}
        <button type="button" onClick={() => (setStarted(Date.now()), setNow(Date.now()))}>
          Restart the clock
        </button>
      </section>
      <nav aria-label="Move the slides" className="pv-nav">
        <button type="button" onClick={() => link.current?.move(-1)} disabled={!here}>
          ← Previous beat
        </button>
        <button type="button" onClick={() => link.current?.move(1)} disabled={!here}>
          Next beat →
        </button>
      </nav>
    </main>
  );
}
