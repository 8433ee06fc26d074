/** What the validation stage says before there is a trained model, with the way to training. */
import { STEPS } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';
import { VALIDATION_TEXT } from './content';

const TRAINING_STEP = STEPS.findIndex((s) => s.id === 'training');

export function NoModel() {
  const training = useLabStore((s) => s.trainStatus === 'training');
  const goTo = useLabStore((s) => s.goTo);
  return (
    <section className="validation-no-model notice" aria-labelledby="validation-no-model">
      <h3 id="validation-no-model">{VALIDATION_TEXT.noModelTitle}</h3>
      <p>{training ? VALIDATION_TEXT.stillTraining : VALIDATION_TEXT.noModelText}</p>
      <button type="button" onClick={() => goTo(TRAINING_STEP)}>
        {VALIDATION_TEXT.goTrain}
      </button>
    </section>
  );
}
