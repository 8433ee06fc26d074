/** Rolling accuracy per live batch with the alert threshold line and the model swaps marked, plus its table alternative. */
import { ChartFigure } from '../../components/chart-figure';
import { PlotWithLegend } from '../../components/chart-legend';
import { useReducedMotion } from '../../components/use-reduced-motion';
import type { LogEntry, TickPoint } from '../../pipeline/monitor-log';
import { fmtPct } from '../../pipeline/summary';
import { ALERT_COLOR, AccuracyPlot, BATCH_COLOR, ROLLING_COLOR } from './accuracy-plot';
import { MONITOR_TEXT } from './content';

/** Rows in the table alternative (the newest batches). */
const TABLE_ROWS = 30;

export function AccuracyChart({
  points,
  threshold,
  log,
  windowTicks,
}: {
  points: readonly TickPoint[];
  threshold: number;
  log: readonly LogEntry[];
  /** The running monitor's rolling window, in batches. */
  windowTicks: number;
}) {
  const reduced = useReducedMotion();
  const swaps = log.filter((e) => e.kind === 'retrain' || e.kind === 'rollback');
  const seen = points.filter((p) => p.rollingAccuracy !== null);
  const latest = seen[seen.length - 1];
  const below = seen.filter((p) => (p.rollingAccuracy ?? 1) < threshold).length;
  const summary = latest
    ? `Rolling accuracy over ${points.length} live batches, latest ${fmtPct(latest.rollingAccuracy ?? NaN)} at batch ${latest.tick}; ${below} batches below the ${fmtPct(threshold, 0)} threshold.`
    : `No rolling accuracy yet: the window fills after ${windowTicks} batches.`;
  return (
    <ChartFigure
      caption={MONITOR_TEXT.accuracyCaption}
      summary={summary}
      headers={['Batch', 'Rolling accuracy', 'Batch accuracy', 'Model version']}
      rows={points
        .slice(-TABLE_ROWS)
        .map((p) => [
          p.tick,
          p.rollingAccuracy === null ? '—' : fmtPct(p.rollingAccuracy),
          fmtPct(p.batchAccuracy),
          `v${p.modelVersion}`,
        ])}
      height={260}
      chart={
        <PlotWithLegend
          items={[
            { label: 'Batch accuracy', color: BATCH_COLOR, width: 1 },
            { label: `Rolling accuracy (${windowTicks} batches)`, color: ROLLING_COLOR, width: 3 },
            { label: 'Alert threshold', color: ALERT_COLOR, dashed: true },
          ]}
        >
          <AccuracyPlot points={points} threshold={threshold} swaps={swaps} animate={!reduced} />
        </PlotWithLegend>
      }
    />
  );
}
