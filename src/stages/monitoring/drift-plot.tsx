/** The recharts drawing of per-feature drift bars (red at or over the threshold) and the threshold line, loaded lazily by `DriftBars`. */
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface DriftBar {
  readonly name: string;
  readonly value: number;
  /** At or over the threshold. */
  readonly over: boolean;
}

export interface DriftPlotProps {
  readonly data: readonly DriftBar[];
  readonly limit: number;
  /** The measure's name, for the tooltip. */
  readonly measure: string;
  readonly animate: boolean;
}

export default function DriftPlot({ data, limit, measure, animate }: DriftPlotProps) {
  const max = Math.max(limit * 1.5, ...data.map((d) => d.value));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
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
        <Bar dataKey="value" name={measure} isAnimationActive={animate}>
          {data.map((d) => (
            <Cell key={d.name} fill={d.over ? '#b3261e' : '#0b57d0'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
