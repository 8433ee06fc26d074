/**
 * Rolling and per-batch accuracy, the alert line and the model swaps, on the SVG
 * LinePlot: this chart redraws on every live batch (see line-plot.tsx for why not recharts).
 */
import { niceTicks } from '../../components/chart-scale';
import { LinePlot, type ReferenceMark } from '../../components/line-plot';
import type { LogEntry, TickPoint } from '../../pipeline/monitor-log';
import { fmtPctWhole } from '../../pipeline/summary';

export const BATCH_COLOR = '#80868b';
export const ROLLING_COLOR = '#0b57d0';
export const ALERT_COLOR = '#b3261e';
/** The x axis shows at least this many batches, so the first ones do not fill it. */
const MIN_SPAN = 20;

export interface AccuracyPlotProps {
  readonly points: readonly TickPoint[];
  readonly threshold: number;
  /** The retrains and rollbacks, each marked by a vertical line at its batch. */
  readonly swaps: readonly LogEntry[];
  readonly animate: boolean;
}

export function AccuracyPlot({ points, threshold, swaps, animate }: AccuracyPlotProps) {
  const values = points.flatMap((p) => [p.batchAccuracy, p.rollingAccuracy ?? 1]).filter(Number.isFinite);
  const low = Math.min(threshold - 0.05, ...values);
  // Tenths from just under the lowest value (or the alert line) up to 100 %.
  const yMin = Math.max(0, Math.floor(low * 10) / 10);
  const yTicks = Array.from({ length: Math.round((1 - yMin) * 10) + 1 }, (_, i) => Math.round((yMin + i / 10) * 10) / 10);
  const first = points[0]?.tick ?? 0;
  const last = Math.max(points[points.length - 1]?.tick ?? 0, first + MIN_SPAN);
  const xTicks = niceTicks(first, last, 6).filter((t) => t >= first && t <= last);
  const marks: ReferenceMark[] = [
    { axis: 'y', value: threshold, label: `alert below ${fmtPctWhole(threshold)}`, color: ALERT_COLOR, dash: '6 4' },
    ...swaps.map((e): ReferenceMark => ({ axis: 'x', value: e.tick, label: e.kind, color: '#5f6368', dash: '2 3' })),
  ];
  return (
    <LinePlot
      series={[
        { key: 'batch', points: points.map((p) => [p.tick, p.batchAccuracy]), color: BATCH_COLOR, width: 1 },
        { key: 'rolling', points: points.map((p) => [p.tick, p.rollingAccuracy]), color: ROLLING_COLOR, width: 2.5 },
      ]}
      xDomain={[first, last]}
      xTicks={xTicks}
      xLabel="Live batch"
      yDomain={[yMin, 1]}
      yTicks={yTicks}
      formatY={fmtPctWhole}
      marks={marks}
      reveal={animate}
      yLabelWidth={48}
    />
  );
}
