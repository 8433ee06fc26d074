/** Package bytes per variant, split into topology JSON and weights, with its table alternative. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { fmtBytes } from './format';
import type { VariantView } from './variant-rows';

export function SizeChart({ rows }: { rows: readonly VariantView[] }) {
  const reduced = useReducedMotion();
  const data = rows.map((v) => ({ dtype: v.dtype, topology: v.topologyBytes, weights: v.weightBytes }));
  const smallest = rows.reduce((a, b) => (b.totalBytes < a.totalBytes ? b : a), rows[0]);
  return (
    <ChartFigure
      caption="Package bytes: topology and weights"
      summary={`Package sizes from ${fmtBytes(rows[0].totalBytes)} (float32) down to ${fmtBytes(smallest.totalBytes)} (${smallest.dtype}); the topology JSON is ${fmtBytes(rows[0].topologyBytes)} in every variant.`}
      headers={['Variant', 'Topology bytes', 'Weight bytes', 'Total bytes']}
      rows={rows.map((v) => [v.dtype, v.topologyBytes, v.weightBytes, v.totalBytes])}
      height={220}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="dtype" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} width={56} />
            <Tooltip formatter={(v) => fmtBytes(Number(v))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="topology" name="Topology (model.json)" stackId="b" fill="#9aa0a6" isAnimationActive={!reduced} />
            <Bar dataKey="weights" name="Weights" stackId="b" fill="#0b57d0" isAnimationActive={!reduced} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
