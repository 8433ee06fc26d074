/** Stage 3's switch: train with or without the engineered features, and the latest accuracy of each. */
import { SwitchKnob } from '../../components/knob';
import { fmtPct } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';
import { FEATURES_TEXT } from './content';

export function FeaturesSwitch() {
  const shown = useView().shows('features-switch');
  const history = useLabStore((s) => s.history);
  const withF = [...history].reverse().find((h) => h.useEngineered);
  const without = [...history].reverse().find((h) => !h.useEngineered);
  if (!shown) return null;
  return (
    <section aria-labelledby="features-switch" className="knob-panel">
      <h3 id="features-switch">Are they worth it?</h3>
      <SwitchKnob id="useEngineered" />
      <p className="muted">{FEATURES_TEXT.switchHint}</p>
      <Regenerate label="Rebuild the data" />
      {(withF || without) && (
        <p>
          Latest validation accuracy — with the features: {withF ? fmtPct(withF.valAccuracy) : 'not trained yet'}; without:{' '}
          {without ? fmtPct(without.valAccuracy) : 'not trained yet'}.
        </p>
      )}
    </section>
  );
}
