/** The training settings; locked while a run is in progress. */
import { ChoiceKnob, NumberKnob } from '../../components/knob';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { BACKEND_LABELS, KNOB_HINTS, TRAINING_TEXT } from './content';

const rate = (v: number): string => String(Number(v.toPrecision(4)));

export function TrainingKnobs() {
  const training = useLabStore((s) => s.trainStatus === 'training');
  const shown = useView().shows('training-knobs');
  if (!shown) return null;
  return (
    <section aria-labelledby="training-knobs" className="knob-panel">
      <h3 id="training-knobs">{TRAINING_TEXT.settingsHeading}</h3>
      <div className="knob-row">
        <NumberKnob id="epochs" disabled={training} hint={KNOB_HINTS.epochs} />
        <NumberKnob id="batchSize" step={8} disabled={training} hint={KNOB_HINTS.batchSize} />
        <NumberKnob id="learningRate" scale="log" format={rate} disabled={training} hint={KNOB_HINTS.learningRate} />
        <NumberKnob id="hidden1" disabled={training} hint={KNOB_HINTS.hidden1} />
        <NumberKnob id="hidden2" disabled={training} hint={KNOB_HINTS.hidden2} />
        <ChoiceKnob id="backend" disabled={training} labels={BACKEND_LABELS} hint={KNOB_HINTS.backend} />
      </div>
      {training && <p className="muted">{TRAINING_TEXT.knobsLocked}</p>}
    </section>
  );
}
