/** The recharts drawing of rolling and per-batch accuracy, the alert line and the model swaps, loaded lazily by `AccuracyChart`. */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LogEntry, TickPoint } from '../../pipeline/monitor-log';
import { WINDOW_TICKS } from '../../pipeline/monitoring';
import { fmtPct } from '../../pipeline/summary';

const pctTick = (v: number): string => `${Math.round(v * 100)} %`;

export interface AccuracyPlotProps {
  readonly points: readonly TickPoint[];
  readonly threshold: number;
  /** The retrains and rollbacks, each marked by a vertical line at its batch. */
  readonly swaps: readonly LogEntry[];
  readonly animate: boolean;
}

export default function AccuracyPlot({ points, threshold, swaps, animate }: AccuracyPlotProps) {
  const data = points.map((p) => ({ tick: p.tick, rolling: p.rollingAccuracy ?? undefined, batch: p.batchAccuracy }));
  const values = points.flatMap((p) => [p.batchAccuracy, p.rollingAccuracy ?? 1]).filter(Number.isFinite);
  const low = Math.min(threshold - 0.05, ...values);
  const yMin = Math.max(0, Math.floor(low * 10) / 10);
  const ticks = Array.from({ length: Math.round((1 - yMin) * 10) + 1 }, (_, i) => Math.round((yMin + i / 10) * 10) / 10);
  const first = points[0]?.tick ?? 0;
  const last = Math.max(points[points.length - 1]?.tick ?? 0, first + 20);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 28, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="tick"
          type="number"
          domain={[first, last]}
          allowDecimals={false}
          tick={{ fontSize: 11 }}
          label={{ value: 'Live batch', position: 'insideBottom', offset: -10, fontSize: 11 }}
        />
        <YAxis type="number" domain={[yMin, 1]} ticks={ticks} tickFormatter={pctTick} tick={{ fontSize: 11 }} width={56} />
        <Tooltip formatter={(v) => fmtPct(Number(v))} labelFormatter={(t) => `Batch ${String(t)}`} />
        <Legend wrapperStyle={{ fontSize: 12, top: 0 }} verticalAlign="top" />
        <ReferenceLine
          y={threshold}
          stroke="#b3261e"
          strokeDasharray="6 4"
          label={{ value: `alert below ${pctTick(threshold)}`, position: 'insideBottomRight', fontSize: 11, fill: '#b3261e' }}
        />
        {swaps.map((e, i) => (
          <ReferenceLine
            key={i}
            x={e.tick}
            stroke="#5f6368"
            strokeDasharray="2 3"
            label={{ value: e.kind, position: 'insideTopLeft', fontSize: 10 }}
          />
        ))}
        <Line dataKey="batch" name="Batch accuracy" stroke="#9aa0a6" strokeWidth={1} dot={false} isAnimationActive={animate} />
        <Line
          dataKey="rolling"
          name={`Rolling accuracy (${WINDOW_TICKS} batches)`}
          stroke="#0b57d0"
          strokeWidth={2.5}
          dot={false}
          connectNulls={false}
          isAnimationActive={animate}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
