/**
 * The walkthrough's steps as a keyboard-reachable list; the current one is
 * marked for screen readers. It lists the steps the mode visits (without the
 * quiz when the classroom settings hide it), numbered as in the full walk.
 * Each button's accessible name starts with its visible text ("4 Train", then the full title) so that
 * voice control users can say what they see (WCAG 2.5.3, label in name): "4 Train (step 4 of 10: Model Training)".
 */
import { minutesText, PATH_TEXT, STEP_MINUTES } from '../content/guided-path';
import { STEPS, WALK_STEPS } from '../content/steps';
import { useLabStore } from '../store/lab-store';
import { useView } from '../store/use-view';

export function Stepper() {
  const step = useLabStore((s) => s.step);
  const goTo = useLabStore((s) => s.goTo);
  const view = useView();
  if (!view.shows('stepper')) return null;
  const times = view.shows('step-times');
  return (
    <nav aria-label="Pipeline steps" className={times ? 'stepper with-times' : 'stepper'}>
      <ol>
        {view.steps.map((i) => {
          const s = STEPS[i];
          return (
            <li key={s.id} className={i === step ? 'current' : i < step ? 'visited' : undefined}>
              <button type="button" aria-current={i === step ? 'step' : undefined} onClick={() => goTo(i)}>
                <span className="step-number">{i + 1}</span> <span className="step-label">{s.short}</span>{' '}
                {times && <span className="step-time">{minutesText(STEP_MINUTES[s.id])}</span>}{' '}
                {times && i === step && <span className="you-are-here">{PATH_TEXT.here}</span>}{' '}
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
  const view = useView();
  if (!view.shows('stepper')) return null;
  // Minutes of this step and the ones after it on the mode's walk.
  const left = view.steps.filter((i) => i >= step).reduce((sum, i) => sum + STEP_MINUTES[STEPS[i].id], 0);
  // Progress along this mode's walk (Code visits 7 steps, so Model Training is step 4 of 7); a step outside the
  // walk (a link straight to a hidden quiz) counts along the full walk.
  const at = view.steps.indexOf(step);
  const [position, count] = at === -1 ? [step + 1, WALK_STEPS.length] : [at + 1, view.steps.length];
  return (
    <section className="step-progress" aria-label="Step progress">
      <span id="step-progress-label">
        Step {position} of {count}
        {/* The step's name is also the heading just below: on a phone this line drops it to stay one line. */}
        <span className="step-progress-title">: {STEPS[step].title}</span>
        {view.shows('step-times') && ` · ${PATH_TEXT.left(left)}`}
      </span>
      <progress aria-labelledby="step-progress-label" max={count} value={position} />
    </section>
  );
}
