/**
 * The data-flow strip: the dot view's small overview. Seven boxes with the
 * stages' live shapes (Model Training: the 80/20 split's training / validation
 * rows, as the dot view splits them) and a thin proportion bar each; between
 * them, what each stage did to the rows (−200 rows, +2 columns, the split, the
 * uint8 package, live batches and alerts). Everything is from the store values
 * the stage cards and the dot view read (flow-facts.ts formats them). With
 * reduced motion nothing moves, the numbers are the same.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isStageStep, STEPS } from '../content/steps';
import { fmtInt, fmtPct, shippedVariant, STAGE_IDS } from '../pipeline/summary';
import { useLabStore } from '../store/lab-store';
import { useServing } from '../store/serving';
import { useView } from '../store/use-view';
import { AnimatedNumber } from './animated-number';
import { flowFacts, type FlowFact } from './flow-facts';
import { useStageRows } from './stage-card';

function FlowBar({ bar }: { bar: NonNullable<FlowFact['bar']> }) {
  return (
    <>
      <span className="flow-bar" aria-hidden="true">
        {bar.parts.map((p) => (
          <span
            key={p.kind}
            className={`flow-bar-part ${p.kind}`}
            style={{ width: `${Math.max(0, Math.min(1, p.share)) * 100}%` }}
          />
        ))}
      </span>
      <span className="visually-hidden">; {bar.said}</span>
    </>
  );
}

export function FlowStrip() {
  const rows = useStageRows();
  const snapshot = useLabStore(
    useShallow((s) =>
      s.snapshot
        ? {
            rawShape: s.snapshot.rawShape,
            cleanShape: s.snapshot.cleanShape,
            featureShape: s.snapshot.featureShape,
            trainRows: s.snapshot.trainRows,
            validationRows: s.snapshot.validationRows,
            dots: s.snapshot.dots,
          }
        : null,
    ),
  );
  const serving = useServing();
  const facts = useMemo(() => flowFacts(snapshot, serving), [snapshot, serving]);
  const step = useLabStore((s) => s.step);
  const goTo = useLabStore((s) => s.goTo);
  const shown = useView().shows('flow-strip');
  const current = STEPS[step].id;
  const currentIndex = isStageStep(current) ? STAGE_IDS.indexOf(current) : -1;
  // Where the strip scrolls inside itself (a phone's width), the current stage is scrolled into the middle
  // of it, horizontally only (scrollIntoView would scroll the page too); at once, so nothing moves.
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const ol = list.current;
    const li = currentIndex >= 0 ? ol?.children[currentIndex] : null;
    if (!ol || !(li instanceof HTMLElement) || ol.scrollWidth <= ol.clientWidth) return;
    // The list is positioned (styles.css), so a stage's offsetLeft is measured from the list's edge.
    ol.scrollLeft = li.offsetLeft - (ol.clientWidth - li.offsetWidth) / 2;
  }, [currentIndex, shown]);
  if (!shown) return null;
  const small = serving ? shippedVariant(serving.deployment) : null;
  const rolling = facts.monitoring.bar?.parts[0]?.share ?? null;
  return (
    <section className="flow-strip" aria-label="Data flow through the seven stages">
      <ol ref={list}>
        {STAGE_IDS.map((id, i) => {
          const row = rows?.[i];
          const fact = facts[id];
          const shape = row?.outShape ?? row?.inShape ?? null;
          const state = i === currentIndex ? 'current' : i < currentIndex ? 'passed' : 'ahead';
          return (
            <li key={id} className={`flow-stage ${state}`}>
              {i > 0 && (
                <span className="flow-change">
                  <span className="flow-change-text">
                    <span aria-hidden="true">{fact.change?.text ?? '…'}</span>
                    {fact.change && <span className="visually-hidden">{fact.change.said}</span>}
                  </span>
                  <span className="flow-arrow" aria-hidden="true" />
                </span>
              )}
              <button
                type="button"
                className="flow-box"
                onClick={() => goTo(i)}
                aria-current={i === currentIndex ? 'step' : undefined}
              >
                <span className="flow-name">{row?.name ?? id}</span>
                <span className="flow-shape">
                  {id === 'training' && snapshot ? (
                    <>
                      <AnimatedNumber value={snapshot.trainRows} /> / <AnimatedNumber value={snapshot.validationRows} />
                      <span className="visually-hidden"> rows: training and validation</span>
                    </>
                  ) : shape ? (
                    <>
                      <AnimatedNumber value={shape[0]} /> × <AnimatedNumber value={shape[1]} />
                      {row?.inShape && !row.outShape && <span className="visually-hidden"> rows and columns in</span>}
                    </>
                  ) : id === 'deployment' && small ? (
                    <>
                      {fmtInt(small.totalBytes)} B<span className="visually-hidden"> {small.dtype} package</span>
                    </>
                  ) : id === 'monitoring' && rolling !== null ? (
                    // Said by the bar ("rolling accuracy …"), so not twice.
                    <span aria-hidden="true">acc. {fmtPct(rolling)}</span>
                  ) : (
                    <span>{i < 5 ? '…' : id === 'deployment' ? 'package' : 'alerts'}</span>
                  )}
                </span>
                {fact.bar ? <FlowBar bar={fact.bar} /> : <span className="flow-bar empty" aria-hidden="true" />}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
