/**
 * The walkthrough's steps as a keyboard-reachable list; the current one is
 * marked for screen readers. It lists the steps the mode visits (without the
 * quiz when the classroom settings hide it), numbered as in the full walk.
 * Each button's accessible name starts with its visible text ("4 Train", then the full title) so that
 * voice control users can say what they see (WCAG 2.5.3, label in name): "4 Train (step 4 of 10: Model Training)".
 */
import { STEPS, WALK_STEPS } from '../content/steps';
import { useLabStore } from '../store/lab-store';
import { useView } from '../store/use-view';

export function Stepper() {
  const step = useLabStore((s) => s.step);
  const goTo = useLabStore((s) => s.goTo);
  const view = useView();
  if (!view.shows('stepper')) return null;
  return (
    <nav aria-label="Pipeline steps" className="stepper">
      <ol>
        {view.steps.map((i) => {
          const s = STEPS[i];
          return (
            <li key={s.id} className={i === step ? 'current' : i < step ? 'visited' : undefined}>
              <button type="button" aria-current={i === step ? 'step' : undefined} onClick={() => goTo(i)}>
                <span className="step-number">{i + 1}</span> <span className="step-label">{s.short}</span>{' '}
                <span className="visually-hidden">{`(step ${i + 1} of ${WALK_STEPS.length}: ${s.title})`}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Where the learner is, in words and as a bar; a named region so it sits inside a landmark. */
export function StepProgress() {
  const step = useLabStore((s) => s.step);
  const shown = useView().shows('stepper');
  if (!shown) return null;
  return (
    <section className="step-progress" aria-label="Step progress">
      <span id="step-progress-label">
        Step {step + 1} of {WALK_STEPS.length}: {STEPS[step].title}
      </span>
      <progress aria-labelledby="step-progress-label" max={WALK_STEPS.length} value={step + 1} />
    </section>
  );
}
