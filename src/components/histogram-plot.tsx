/** The recharts drawing of a histogram, in its own module so `HistogramChart` can load it lazily (recharts stays off the first screen). */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface HistogramBar {
  readonly bin: string;
  readonly converted: number;
  readonly notConverted: number;
  readonly rows: number;
}

export interface HistogramPlotProps {
  readonly data: readonly HistogramBar[];
  /** Stack the bars by label (converted / not converted). */
  readonly byLabel: boolean;
  readonly animate: boolean;
}

export default function HistogramPlot({ data, byLabel, animate }: HistogramPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="bin" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
        <YAxis tick={{ fontSize: 10 }} width={40} />
        <Tooltip />
        {byLabel ? (
          <>
            <Legend />
            <Bar dataKey="notConverted" name="Not converted" stackId="a" fill="#8ab4f8" isAnimationActive={animate} />
            <Bar dataKey="converted" name="Converted" stackId="a" fill="#d93025" isAnimationActive={animate} />
          </>
        ) : (
          <Bar dataKey="rows" name="Rows" fill="#1a73e8" isAnimationActive={animate} />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
