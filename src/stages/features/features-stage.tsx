/** Stage 3 — Feature Engineering: the two new columns, worked examples, how they separate the classes. */
import { HistogramChart } from '../../components/histogram-chart';
import { SwitchKnob } from '../../components/knob';
import { StageCard } from '../../components/stage-card';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { Regenerate } from '../shared/regenerate';
import { FEATURES_TEXT } from './content';
import { WorkedExamples } from './worked-examples';
import { fmtPct } from '../../pipeline/summary';

export function FeaturesStage() {
  const snapshot = useLabStore((s) => s.snapshot);
  const view = useView();
  const history = useLabStore((s) => s.history);
  const withF = [...history].reverse().find((h) => h.useEngineered);
  const without = [...history].reverse().find((h) => !h.useEngineered);
  const active = snapshot?.featureNames.includes('click_rate') ?? true;
  return (
    <div className="stage-body">
      <StageCard id="features" />
      <p>{FEATURES_TEXT.lead}</p>
      <ul className="formulas">
        <li>
          <code>{FEATURES_TEXT.clickRate}</code>
        </li>
        <li>{FEATURES_TEXT.recency}</li>
      </ul>
      {view.shows('features-switch') && (
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
      )}
      {snapshot && active && (
        <>
          <section aria-labelledby="features-examples">
            <h3 id="features-examples">Worked examples</h3>
            <WorkedExamples examples={snapshot.examples} />
          </section>
          <section aria-labelledby="features-dists">
            <h3 id="features-dists">Do they separate buyers from the rest?</h3>
            <div className="chart-grid two">
              {(['click_rate', 'time_since_last_click'] as const).map((name) => {
                const h = snapshot.histograms[name];
                return h ? <HistogramChart key={name} column={name} caption={`${name} by label`} histogram={h} byLabel /> : null;
              })}
            </div>
          </section>
        </>
      )}
      {snapshot && !active && (
        <p className="notice">
          The engineered features are switched off for the current data: the model sees only the raw columns.
        </p>
      )}
    </div>
  );
}
