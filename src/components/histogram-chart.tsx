/** A histogram (optionally stacked by label) with its table alternative; the bars are drawn by a lazily loaded plot. */
import { lazy } from 'react';
import type { Histogram } from '../pipeline/histogram';
import { formatBin } from './format-value';
import { ChartFigure } from './chart-figure';
import { useReducedMotion } from './use-reduced-motion';
import { fmtInt } from '../pipeline/summary';

const HistogramPlot = lazy(() => import('./histogram-plot'));

export interface HistogramChartProps {
  readonly column: string;
  readonly caption: string;
  readonly histogram: Histogram;
  /** Stack the bars by label (converted / not converted). */
  readonly byLabel?: boolean;
  readonly height?: number;
}

export function HistogramChart({ column, caption, histogram: h, byLabel = false, height = 200 }: HistogramChartProps) {
  const reduced = useReducedMotion();
  const labels = h.categories.length ? h.categories : h.negative.map((_, i) => formatBin(column, h.edges[i], h.edges[i + 1]));
  const data = labels.map((bin, i) => ({
    bin,
    converted: h.positive[i],
    notConverted: h.negative[i],
    rows: h.positive[i] + h.negative[i],
  }));
  const total = data.reduce((s, d) => s + d.rows, 0);
  const peak = data.reduce((best, d) => (d.rows > best.rows ? d : best), data[0]);
  const summary = `${caption}: ${fmtInt(total)} rows; the most common ${h.categories.length ? 'value' : 'range'} is ${peak?.bin} with ${fmtInt(peak?.rows ?? 0)} rows${h.missing ? `; ${h.missing} missing` : ''}.`;
  const headers = byLabel ? ['Range', 'Converted', 'Not converted', 'Conversion rate'] : ['Range', 'Rows'];
  const rows = data.map((d) =>
    byLabel
      ? [d.bin, d.converted, d.notConverted, d.rows ? `${((100 * d.converted) / d.rows).toFixed(1)} %` : '—']
      : [d.bin, d.rows],
  );
  return (
    <ChartFigure
      takesTurn
      caption={caption}
      summary={summary}
      headers={headers}
      rows={rows}
      height={height}
      chart={<HistogramPlot data={data} byLabel={byLabel} animate={!reduced} />}
    />
  );
}
