/**
 * The walkthrough's steps as a keyboard-reachable list; the current one is
 * marked for screen readers. It lists the steps the mode visits (without the
 * quiz when the classroom settings hide it), numbered as in the full walk.
 */
import { STEPS } from '../content/steps';
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
              <button
                type="button"
                aria-current={i === step ? 'step' : undefined}
                aria-label={`Step ${i + 1}: ${s.short} — ${s.title}`}
                onClick={() => goTo(i)}
                title={s.title}
              >
                <span className="step-number">{i + 1}</span>
                <span className="step-label">{s.short}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function StepProgress() {
  const step = useLabStore((s) => s.step);
  const shown = useView().shows('stepper');
  if (!shown) return null;
  return (
    <div className="step-progress">
      <span id="step-progress-label">
        Step {step + 1} of {STEPS.length}: {STEPS[step].title}
      </span>
      <progress aria-labelledby="step-progress-label" max={STEPS.length} value={step + 1} />
    </div>
  );
}
