/**
 * The dot view: every row of the run as a mark, moved by each stage. Sits at
 * the top of a stage step as its main visual, with pause / replay / step
 * controls, a text summary with the counts, a legend (colour and shape) and
 * the same counts as a table.
 */
import { fmtInt } from '../../pipeline/summary';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import type { StepId } from '../../content/steps';
import { useShallow } from 'zustand/react/shallow';
import { useLabStore } from '../../store/lab-store';
import { useBoxSize } from '../use-box-size';
import { useReducedMotion } from '../use-reduced-motion';
import { ColumnJoin } from './column-join';
import { DotCanvas } from './dot-canvas';
import { DotControls, dotKeyAction, type DotAction } from './dot-controls';
import { DotLegend, DotTable } from './dot-legend';
import { DOT_STEP_IDS } from './dot-steps';
import { useDotScene } from './use-dot-scene';
import { UserTimeline } from './user-timeline';
import './dot-view.css';

/** Height of the picture for a given width (taller in Present mode, where it is the slide's one visual). */
export function dotHeight(width: number, present: boolean): number {
  if (present) return Math.max(320, Math.min(560, Math.round(width * 0.34)));
  return width < 600 ? 280 : 300;
}

/** The picture's least height on a slide, px (a very short window scrolls rather than squash it). */
const MIN_SLIDE_HEIGHT = 240;

export function DotView({ step }: { step: StepId }) {
  const wrap = useRef<HTMLDivElement>(null);
  const present = useLabStore((s) => s.mode === 'present');
  const rows = useLabStore((s) => s.snapshot?.dots.rows ?? 0);
  const stride = useLabStore((s) => s.snapshot?.dots.stride ?? 1);
  const user = useLabStore((s) => s.snapshot?.dots.user ?? null);
  const days = useLabStore((s) => s.snapshot?.dots.days ?? 0);
  const columns = useLabStore(
    useShallow((s) => (s.snapshot ? [s.snapshot.featureShape[0], s.snapshot.cleanShape[1], s.snapshot.featureShape[1]] : null)),
  );
  const reduced = useReducedMotion();
  const size = useBoxSize(wrap, { width: 640, height: 1 });
  const width = size.width;
  // Present mode's slides give the picture the height left in the slide (slides.css sizes the wrap by flex).
  const height = present ? Math.max(MIN_SLIDE_HEIGHT, size.height) : dotHeight(width, present);
  const box = useMemo(() => ({ width, height }), [width, height]);
  const [paused, setPaused] = useState(false);
  const [replay, setReplay] = useState(0);
  const [finishToken, setFinishToken] = useState(0);
  const [shownEpoch, setShownEpoch] = useState(0);
  const summaryId = useId();
  const { scene, waiting } = useDotScene(step, box, shownEpoch);
  const available = scene?.epochs?.available ?? 0;
  // A picture of other rows than the run's (the live stream) says how many rows its marks stand for.
  const perMark = scene?.layout.rowsPerMark ?? stride;
  // A new training run starts its epochs from the beginning (adjusting state while rendering, as React documents).
  const firstPrediction = useLabStore((s) => s.epochPredictions[0] ?? null);
  const [run, setRun] = useState(firstPrediction);
  if (run !== firstPrediction) {
    setRun(firstPrediction);
    setShownEpoch(0);
  }

  // Paced epochs: the next one is shown when the previous transition has come to rest (~1 s each).
  const pace = useRef({ paused, available });
  useEffect(() => {
    pace.current = { paused, available };
  }, [paused, available]);
  const onSettled = useCallback(() => {
    const now = pace.current;
    if (!now.paused) setShownEpoch((e) => (e < now.available ? e + 1 : e));
  }, []);
  const onReplay = useCallback(() => {
    setShownEpoch(0);
    setPaused(false);
    setReplay((r) => r + 1);
  }, []);
  const onStep = useCallback(() => {
    setShownEpoch((e) => (e < pace.current.available ? e + 1 : e));
    setFinishToken((t) => t + 1);
  }, []);
  // What the controls did, for screen readers (a polite live region): the picture itself is silent.
  const [said, setSaid] = useState('');
  const summary = scene?.layout.summary ?? '';
  const act = useCallback(
    (key: DotAction) => {
      if (key === 'pause') {
        setPaused(!paused);
        setSaid(paused ? 'Playing.' : 'Paused.');
      } else if (key === 'replay') {
        onReplay();
        setSaid(`Replaying. ${summary}`);
      } else {
        onStep();
        setSaid(available > 0 ? 'Next epoch.' : `At the end state. ${summary}`);
      }
    },
    [onReplay, onStep, summary, available, paused],
  );
  // P (or Space on the picture), R and S anywhere in the view, so they also work from its buttons.
  const onViewKey = (e: KeyboardEvent<HTMLElement>) => {
    const action = dotKeyAction(e);
    if (!action) return;
    act(action);
    // Handled here: the app's step keys and Present mode's Space must not also fire.
    e.preventDefault();
    e.stopPropagation();
  };

  if (!DOT_STEP_IDS.includes(step)) return null;
  return (
    <figure className="dot-view" aria-labelledby={`${summaryId}-caption`} onKeyDown={onViewKey}>
      <figcaption id={`${summaryId}-caption`} className="dot-caption">
        Every row as a mark
        {perMark === 1 && step === 'monitoring'
          ? ' — one mark per live row'
          : perMark > 1
            ? ` — each mark stands for ${fmtInt(perMark)} rows (one of every ${fmtInt(perMark)} of the ${fmtInt(rows)})`
            : ''}
      </figcaption>
      {step === 'features' && scene && columns && (
        // Keyed by replay: Replay plays the join again before the marks move.
        <ColumnJoin key={replay} rows={columns[0]} before={columns[1]} after={columns[2]} reduced={reduced} />
      )}
      <div ref={wrap} className="dot-wrap">
        {scene ? (
          <DotCanvas
            key={step}
            layout={scene.layout}
            entry={scene.entry}
            box={box}
            reduced={reduced}
            paused={paused}
            replay={replay}
            finishToken={finishToken}
            pulse={available}
            summaryId={summaryId}
            describe={scene.describe}
            onSettled={onSettled}
          />
        ) : (
          <p className="muted dot-wait" style={{ height: box.height }}>
            {waiting}
          </p>
        )}
      </div>
      {scene && (
        <>
          <DotControls
            paused={paused}
            onPause={() => act('pause')}
            onReplay={() => act('replay')}
            onStep={() => act('step')}
            epoch={scene.epochs ? { shown: Math.min(shownEpoch, available), ...scene.epochs } : null}
          />
          <DotLegend legend={scene.layout.legend} />
          <p className="visually-hidden" role="status">
            {said}
          </p>
          <p id={summaryId} className="dot-summary">
            {scene.note ? `${scene.note} ` : ''}
            {scene.layout.summary}
          </p>
          {step === 'features' && user && <UserTimeline user={user} days={days} />}
          <DotTable table={scene.layout.table} />
          {scene.layout.extraTable && (
            <DotTable table={scene.layout.extraTable} label="Show the distributions’ shares as a table" />
          )}
        </>
      )}
    </figure>
  );
}
