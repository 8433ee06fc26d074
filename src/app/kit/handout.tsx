/**
 * The printable handout: a cover with this run's settings and its link, then one
 * page per stage — what it does, shapes in and out, the card's line with this
 * run's numbers, what was measured, and the stage's checkpoint question. Every
 * number comes from the store (the same stage rows the lab shows). The print
 * stylesheet (handout.css) starts each stage on a new page and drops the buttons.
 */
import { useEffect, useRef } from 'react';
import { NumberList } from '../../components/number-list';
import { HANDOUT_TEXT as T } from '../../content/kit';
import { INTRO, TITLE } from '../../content/intro';
import { checkpointFor } from '../../content/quiz-bank';
import { STEP_GUIDES } from '../../content/step-guides';
import { fmtShape } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { useRunSummary } from '../../store/use-run-summary';
import { handoutNumbers } from './handout-numbers';
import './handout.css';

export function Handout() {
  const { run, serving, rows, metrics: v } = useRunSummary();
  const trainStatus = useLabStore((s) => s.trainStatus);
  const train = useLabStore((s) => s.train);
  const setHandout = useLabStore((s) => s.setHandout);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { seed, rows: sessions, epochs, scenario } = run.config;
  return (
    <div className="handout">
      <div className="handout-toolbar" role="toolbar" aria-label="Handout">
        <button type="button" onClick={() => window.print()}>
          {T.print}
        </button>
        <button type="button" className="secondary" onClick={() => setHandout(false)}>
          {T.back}
        </button>
        {trainStatus !== 'done' && (
          <button type="button" className="secondary" disabled={trainStatus === 'training'} onClick={() => void train()}>
            {trainStatus === 'training' ? T.training : T.train}
          </button>
        )}
        <span className="muted">{T.screenNote}</span>
      </div>
      <section className="handout-page handout-cover" aria-labelledby="handout-title">
        <h1 id="handout-title" ref={heading} tabIndex={-1}>
          {TITLE}
        </h1>
        <p>{INTRO}</p>
        <p>
          <strong>{T.runLine(seed, sessions, epochs, scenario)}</strong>
        </p>
        <p>
          {T.link} <span className="handout-link">{window.location.href}</span>
        </p>
        {trainStatus !== 'done' && <p className="notice">{T.notTrained}</p>}
        <h2>{T.cover}</h2>
        <ol>
          {(rows ?? []).map((r) => (
            <li key={r.id}>
              {r.name}: {r.operation}
            </li>
          ))}
        </ol>
        <p className="muted">{T.printed(new Date().toISOString().slice(0, 10))}</p>
      </section>
      {(rows ?? []).map((r, i) => {
        const numbers = handoutNumbers(r.id, v, serving);
        const q = checkpointFor(r.id);
        return (
          <section key={r.id} className="handout-page" aria-labelledby={`handout-${r.id}`}>
            <p className="muted">{T.stage(i + 1, r.name)}</p>
            <h2 id={`handout-${r.id}`}>{r.name}</h2>
            <p>
              <strong>{r.operation}.</strong> {STEP_GUIDES[r.id]}
            </p>
            <NumberList
              className="handout-numbers"
              items={[
                [T.inOut, `${r.inShape ? fmtShape(r.inShape) : r.inText} → ${r.outShape ? fmtShape(r.outShape) : r.outText}`],
                [T.thisRun, r.example],
                ...numbers,
              ]}
            />
            {q && (
              <>
                <h3>{T.ask}</h3>
                <p>{q.prompt}</p>
                <ol className="handout-options">
                  {q.options.map((o) => (
                    <li key={o.key}>{o.text}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
