/** Per-feature drift over the rolling window (PSI or normalised Wasserstein) with its threshold line, plus its table. */
import { useId, useState } from 'react';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { FeatureDrift } from '../../pipeline/drift';
import { MONITOR_TEXT } from './content';
import { DriftPlot } from './drift-plot';

type Measure = 'psi' | 'wasserstein';
const LABEL: Record<Measure, string> = { psi: 'PSI', wasserstein: 'Normalised Wasserstein' };

export function DriftBars({
  drift,
  psiThreshold,
  wassersteinThreshold,
}: {
  drift: readonly FeatureDrift[];
  psiThreshold: number;
  wassersteinThreshold: number;
}) {
  const reduced = useReducedMotion();
  const [measure, setMeasure] = useState<Measure>('psi');
  const name = useId();
  const limit = measure === 'psi' ? psiThreshold : wassersteinThreshold;
  const data = drift
    .filter((d) => measure === 'psi' || d.wasserstein !== null)
    .map((d) => ({
      name: d.name,
      value: measure === 'psi' ? d.psi : (d.wasserstein ?? 0),
      over: (measure === 'psi' ? d.psi : (d.wasserstein ?? 0)) >= limit,
    }));
  const moved = drift.filter((d) => d.drifted).map((d) => d.name);
  return (
    <div>
      <fieldset className="monitor-measure">
        <legend>Drift measure</legend>
        {(['psi', 'wasserstein'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={name} value={m} checked={measure === m} onChange={() => setMeasure(m)} /> {LABEL[m]}{' '}
            (threshold {m === 'psi' ? psiThreshold : wassersteinThreshold})
          </label>
        ))}
      </fieldset>
      <ChartFigure
        caption={MONITOR_TEXT.driftCaption}
        summary={
          drift.length === 0
            ? 'No live rows yet.'
            : moved.length
              ? `Drifted features: ${moved.join(', ')}.`
              : 'No feature has drifted.'
        }
        headers={['Feature', 'PSI', 'Normalised Wasserstein', 'Drifted']}
        rows={drift.map((d) => [
          d.name,
          d.psi.toFixed(3),
          d.wasserstein === null ? '— (categorical)' : d.wasserstein.toFixed(3),
          d.drifted ? 'yes' : 'no',
        ])}
        height={280}
        chart={<DriftPlot data={data} limit={limit} animate={!reduced} />}
      />
    </div>
  );
}
