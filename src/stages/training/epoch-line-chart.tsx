/** A live line chart of two per-epoch series (training solid, validation dashed). */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface EpochPoint {
  readonly epoch: number;
  readonly train: number;
  readonly validation: number;
}

export interface EpochLineChartProps {
  readonly data: readonly EpochPoint[];
  /** The run's planned epochs: the x axis spans all of them so the lines grow as epochs finish. */
  readonly totalEpochs: number;
  readonly trainName: string;
  readonly validationName: string;
  /** Axis tick format. */
  readonly format: (v: number) => string;
  /** Tooltip format (defaults to the tick format). */
  readonly tooltipFormat?: (v: number) => string;
  readonly yDomain?: [number, number];
  readonly animate: boolean;
}

export function EpochLineChart(props: EpochLineChartProps) {
  const { data, totalEpochs, trainName, validationName, format, tooltipFormat = format, yDomain, animate } = props;
  const last = Math.max(totalEpochs, data[data.length - 1]?.epoch ?? 1, 2);
  // Dots mark each epoch while there are few; beyond that they only clutter the lines.
  const dot = data.length <= 20;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={data as EpochPoint[]} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="epoch"
          type="number"
          domain={[1, last]}
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          label={{ value: 'Epoch', position: 'insideBottomRight', offset: -2, fontSize: 11 }}
        />
        <YAxis domain={yDomain ?? ['auto', 'auto']} tickFormatter={format} tick={{ fontSize: 11 }} width={52} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? tooltipFormat(v) : String(v))} labelFormatter={(l) => `Epoch ${l}`} />
        <Legend />
        <Line dataKey="train" name={trainName} stroke="#0b57d0" strokeWidth={2} dot={dot} isAnimationActive={animate} />
        <Line
          dataKey="validation"
          name={validationName}
          stroke="#d93025"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={dot}
          isAnimationActive={animate}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
