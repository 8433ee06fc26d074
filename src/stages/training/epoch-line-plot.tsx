/**
 * The recharts drawing of two per-epoch series (training solid, validation dashed), in its own
 * module so `EpochLineChart` can load it lazily and recharts stays off the first screen.
 * No recharts Legend or Tooltip: each registers in recharts' internal store and
 * costs tens of milliseconds of main-thread work per update on a 2-core laptop,
 * which is what broke the 50 ms long-task budget while training.
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface EpochPoint {
  readonly epoch: number;
  readonly train: number;
  readonly validation: number;
}

export interface EpochLinePlotProps {
  readonly data: readonly EpochPoint[];
  /** The run's planned epochs: the x axis spans all of them so the lines grow as epochs finish. */
  readonly totalEpochs: number;
  readonly trainName: string;
  readonly validationName: string;
  /** Axis tick format. */
  readonly format: (v: number) => string;
  readonly yDomain?: [number, number];
  readonly animate: boolean;
}

export default function EpochLinePlot(props: EpochLinePlotProps) {
  const { data, totalEpochs, trainName, validationName, format, yDomain, animate } = props;
  const last = Math.max(totalEpochs, data[data.length - 1]?.epoch ?? 1, 2);
  // Dots mark each epoch while there are few; beyond that they only clutter the lines.
  const dot = data.length <= 20;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
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
