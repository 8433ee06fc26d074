/** Per-feature drift over the rolling window (PSI or normalised Wasserstein) with its threshold line, plus its table. */
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { FeatureDrift } from '../../pipeline/drift';
import { MONITOR_TEXT } from './content';

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
  const max = Math.max(limit * 1.5, ...data.map((d) => d.value));
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
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              accessibilityLayer={false}
              data={data}
              layout="vertical"
              margin={{ top: 20, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" domain={[0, max]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => v.toFixed(2)} />
              <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(v) => Number(v).toFixed(3)} />
              <ReferenceLine
                x={limit}
                stroke="#b3261e"
                strokeDasharray="6 4"
                label={{ value: `threshold ${limit}`, position: 'top', fontSize: 11, fill: '#b3261e' }}
              />
              <Bar dataKey="value" name={LABEL[measure]} isAnimationActive={!reduced}>
                {data.map((d) => (
                  <Cell key={d.name} fill={d.over ? '#b3261e' : '#0b57d0'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </div>
  );
}
