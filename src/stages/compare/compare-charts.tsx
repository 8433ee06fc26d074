/**
 * A and B overlaid on shared, fixed axes: the same x range (the longer run's
 * epochs or batches) and the same y range for both, so a gap between the lines
 * is a gap between the runs. A is solid blue, B dashed orange (told apart by
 * the dash as well as the colour); each chart has its table.
 */
import { integerTicks, niceTicks } from '../../components/chart-scale';
import { ChartFigure } from '../../components/chart-figure';
import { LinePlot, type LineSeries } from '../../components/line-plot';
import { fmtPct, type RunSummary } from '../../pipeline/summary';
import { COMPARE_TEXT } from './content';

export const A_COLOR = '#0b57d0';
export const B_COLOR = '#c5221f';

const sides = (
  a: readonly (readonly [number, number | null])[],
  b: readonly (readonly [number, number | null])[],
): LineSeries[] => [
  { key: 'a', points: a, color: A_COLOR, width: 2 },
  { key: 'b', points: b, color: B_COLOR, width: 2, dash: '6 4' },
];

const fmtCell = (v: number | null | undefined, f: (x: number) => string): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : f(v);

function EpochChart({ a, b, metric }: { a: RunSummary; b: RunSummary; metric: 'valLoss' | 'valAccuracy' }) {
  const last = Math.max(a.epochs.length, b.epochs.length, 2);
  const isLoss = metric === 'valLoss';
  const maxLoss = Math.max(1, ...[...a.epochs, ...b.epochs].map((e) => e.valLoss).filter(Number.isFinite));
  const domain: [number, number] = isLoss ? [0, Math.ceil(maxLoss * 10) / 10] : [0.5, 1];
  const fmt = isLoss ? (v: number) => v.toFixed(2) : (v: number) => fmtPct(v, 0);
  const pts = (r: RunSummary) => r.epochs.map((e) => [e.epoch, e[metric]] as const);
  const caption = isLoss ? COMPARE_TEXT.lossCaption : COMPARE_TEXT.accuracyCaption;
  const lastA = a.epochs[a.epochs.length - 1]?.[metric];
  const lastB = b.epochs[b.epochs.length - 1]?.[metric];
  return (
    <ChartFigure
      caption={`${caption} (A solid blue, B dashed red)`}
      summary={`After the last epoch: A ${fmtCell(lastA, fmt)}, B ${fmtCell(lastB, fmt)}.`}
      chart={
        <LinePlot
          series={sides(pts(a), pts(b))}
          xDomain={[1, last]}
          xTicks={integerTicks(last)}
          xLabel="Epoch"
          yDomain={domain}
          yTicks={niceTicks(domain[0], domain[1])}
          formatY={fmt}
        />
      }
      headers={['Epoch', 'A', 'B']}
      rows={Array.from({ length: last }, (_, i) => [
        i + 1,
        fmtCell(a.epochs[i]?.[metric], fmt),
        fmtCell(b.epochs[i]?.[metric], fmt),
      ])}
      height={200}
    />
  );
}

function LiveChart({ a, b }: { a: RunSummary; b: RunSummary }) {
  const last = Math.max(a.monitoring.ticks.length, b.monitoring.ticks.length, 2);
  const pts = (r: RunSummary) => r.monitoring.ticks.map((t) => [t.tick, t.accuracy] as const);
  const fmt = (v: number) => fmtPct(v, 0);
  return (
    <ChartFigure
      caption={`${COMPARE_TEXT.liveCaption} (A solid blue, B dashed red)`}
      summary={`At the last batch: A ${fmtCell(a.monitoring.ticks.at(-1)?.accuracy, fmt)}, B ${fmtCell(b.monitoring.ticks.at(-1)?.accuracy, fmt)}; alert threshold ${fmt(b.monitoring.threshold)}.`}
      chart={
        <LinePlot
          series={sides(pts(a), pts(b))}
          xDomain={[1, last]}
          xTicks={integerTicks(last)}
          xLabel="Live batch"
          yDomain={[0.5, 1]}
          yTicks={niceTicks(0.5, 1)}
          formatY={fmt}
          marks={[
            { axis: 'y', value: a.monitoring.threshold, label: 'A alert', color: A_COLOR, dash: '2 3' },
            ...(b.monitoring.threshold !== a.monitoring.threshold
              ? [{ axis: 'y' as const, value: b.monitoring.threshold, label: 'B alert', color: B_COLOR, dash: '2 3' }]
              : []),
          ]}
        />
      }
      headers={['Batch', 'A', 'B']}
      rows={Array.from({ length: last }, (_, i) => [
        i + 1,
        fmtCell(a.monitoring.ticks[i]?.accuracy, fmt),
        fmtCell(b.monitoring.ticks[i]?.accuracy, fmt),
      ])}
      height={200}
    />
  );
}

export function CompareCharts({ a, b }: { a: RunSummary; b: RunSummary }) {
  return (
    <div className="compare-charts">
      <EpochChart a={a} b={b} metric="valLoss" />
      <EpochChart a={a} b={b} metric="valAccuracy" />
      <LiveChart a={a} b={b} />
    </div>
  );
}
