/**
 * The data-flow strip: the seven stages with their live shapes (Model Training: the
 * 80/20 split's training / validation rows, as the dot view splits them); rows visibly
 * flow into the current stage and the counters change as the run produces
 * them. With reduced motion there is no movement, only the same numbers.
 */
import { STAGE_IDS } from '../pipeline/summary';
import { isStageStep, STEPS } from '../content/steps';
import { useShallow } from 'zustand/react/shallow';
import { useLabStore } from '../store/lab-store';
import { useView } from '../store/use-view';
import { AnimatedNumber } from './animated-number';
import { useStageRows } from './stage-card';
import { useReducedMotion } from './use-reduced-motion';

export function FlowStrip() {
  const rows = useStageRows();
  // The 80/20 split as the dot view draws it: the same snapshot fields (trainRows, validationRows).
  const split = useLabStore(useShallow((s) => (s.snapshot ? [s.snapshot.trainRows, s.snapshot.validationRows] : null)));
  const step = useLabStore((s) => s.step);
  const goTo = useLabStore((s) => s.goTo);
  const reduced = useReducedMotion();
  const shown = useView().shows('flow-strip');
  const current = STEPS[step].id;
  const currentIndex = isStageStep(current) ? STAGE_IDS.indexOf(current) : -1;
  if (!shown) return null;
  return (
    <section className="flow-strip" aria-label="Data flow through the seven stages">
      <ol>
        {STAGE_IDS.map((id, i) => {
          const row = rows?.[i];
          const shape = row?.outShape ?? row?.inShape ?? null;
          const state = i === currentIndex ? 'current' : i < currentIndex ? 'passed' : 'ahead';
          return (
            <li key={id} className={`flow-stage ${state}`}>
              {i > 0 && (
                <span className={`flow-pipe ${i === currentIndex && !reduced ? 'flowing' : ''}`} aria-hidden="true">
                  <span className="flow-dot" />
                  <span className="flow-dot" />
                  <span className="flow-dot" />
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
                  {id === 'training' && split ? (
                    <>
                      <AnimatedNumber value={split[0]} /> / <AnimatedNumber value={split[1]} />
                      <span className="visually-hidden"> rows: training and validation</span>
                    </>
                  ) : shape ? (
                    <>
                      <AnimatedNumber value={shape[0]} /> × <AnimatedNumber value={shape[1]} />
                      {row?.inShape && !row.outShape && <span className="visually-hidden"> rows and columns in</span>}
                    </>
                  ) : (
                    <span>{i < 5 ? '…' : id === 'deployment' ? 'package' : 'alerts'}</span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
