/** Stage 2's setting: the fault rate, with Regenerate. */
import { NumberKnob } from '../../components/knob';
import { fmtPct } from '../../pipeline/summary';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';

export function CleaningKnobs() {
  if (!useView().shows('cleaning-knobs')) return null;
  return (
    <section aria-labelledby="cleaning-knobs" className="knob-panel">
      <h3 id="cleaning-knobs">Settings</h3>
      <NumberKnob id="faultRate" step={0.005} format={fmtPct} hint="The share of collected rows the generator breaks (0–50 %)." />
      <Regenerate />
    </section>
  );
}
