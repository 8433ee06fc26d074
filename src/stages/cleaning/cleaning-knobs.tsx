/** Stage 2's settings: the fault rate and (unless `brief`, as on a guided step) the cleaning treatment, with Regenerate. */
import { ChoiceKnob, NumberKnob } from '../../components/knob';
import { fmtPct } from '../../pipeline/summary';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';
import { CLEANING_TEXT } from './content';

export function CleaningKnobs({ brief = false }: { brief?: boolean }) {
  if (!useView().shows('cleaning-knobs')) return null;
  return (
    <section aria-labelledby="cleaning-knobs" className="knob-panel">
      <h3 id="cleaning-knobs">Settings</h3>
      <NumberKnob id="faultRate" step={0.005} format={fmtPct} hint="The share of collected rows the generator breaks (0–50 %)." />
      {!brief && <ChoiceKnob id="cleaning" labels={CLEANING_TEXT.choices} hint={CLEANING_TEXT.choiceHint} />}
      <Regenerate />
    </section>
  );
}
