/** Stage 3 — Feature Engineering: the two new columns, worked examples, how they separate the classes. */
import { HistogramChart } from '../../components/histogram-chart';
import { StageCard } from '../../components/stage-card';
import { useLabStore } from '../../store/lab-store';
import { FeaturesSwitch } from './features-switch';
import { FEATURES_TEXT } from './content';
import { WorkedExamples } from './worked-examples';

export function FeaturesStage() {
  const snapshot = useLabStore((s) => s.snapshot);
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
      <FeaturesSwitch />
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
