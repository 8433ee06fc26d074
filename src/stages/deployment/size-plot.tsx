/** The recharts drawing of package bytes per variant (stacked model JSON + weights), loaded lazily by `SizeChart`. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { fmtBytes } from './format';
import type { VariantView } from './variant-rows';

export default function SizePlot({ rows, animate }: { rows: readonly VariantView[]; animate: boolean }) {
  const data = rows.map((v) => ({ dtype: v.dtype, json: v.jsonBytes, weights: v.weightBytes }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="dtype" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} width={56} />
        <Tooltip formatter={(v) => fmtBytes(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="json" name="model.json (topology + manifest)" stackId="b" fill="#9aa0a6" isAnimationActive={animate} />
        <Bar dataKey="weights" name="Weights" stackId="b" fill="#0b57d0" isAnimationActive={animate} />
      </BarChart>
    </ResponsiveContainer>
  );
}
