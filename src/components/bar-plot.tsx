/**
 * A stacked bar chart drawn as plain SVG (histograms, package sizes), in the
 * line plots' look: dashed grid, 11 px ticks (or the box's own font size, as
 * on Present mode's slides).
 *
 * Not recharts: mounting one recharts bar chart measured 200–750 ms of
 * main-thread work at 1,000,000 rows on this 2-core machine under load (its
 * internal store re-renders the chart synchronously from layout effects, and it
 * measures every tick label in the DOM), the last long tasks of the 1M run.
 * This draws in well under a millisecond. Hovering a bar shows its values (an
 * SVG title); the figure's table has the same numbers for everyone.
 */
import { useRef } from 'react';
import { linearScale, niceTicks } from './chart-scale';
import { PlotWithLegend } from './chart-legend';
import { BASE_EM, PlotAxes, PlotGrid, useBoxEm, type PlotArea } from './plot-axes';
import { useBoxSize } from './use-box-size';

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** One value per category (stacked on the series before it). */
  readonly values: readonly number[];
}

export interface BarPlotProps {
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  readonly formatY?: (v: number) => string;
  /** At most this many category labels under the axis (every k-th one). */
  readonly maxLabels?: number;
  /** Width reserved for the y tick labels, px (at 11 px text). */
  readonly yLabelWidth?: number;
  /** A legend above the plot (for more than one series). */
  readonly legend?: boolean;
  /** Grow the bars up once when the plot mounts (false for reduced motion). */
  readonly grow?: boolean;
}

const FALLBACK = { width: 400, height: 200 } as const;
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function BarPlot({ legend = false, ...props }: BarPlotProps) {
  const plot = <Bars {...props} />;
  if (!legend) return plot;
  return <PlotWithLegend items={props.series.map((s) => ({ label: s.label, color: s.color, width: 8 }))}>{plot}</PlotWithLegend>;
}

function Bars({ categories, series, formatY = int.format, maxLabels = 8, yLabelWidth = 44, grow = false }: BarPlotProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef, FALLBACK);
  const k = useBoxEm(boxRef, width, height) / BASE_EM;
  const n = categories.length;
  const totals = categories.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const yTicks = niceTicks(0, Math.max(1, ...totals), 5);
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const margin = { top: 8 * k, right: 10 * k, bottom: 22 * k, left: yLabelWidth * k };
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top + 1, height - margin.bottom);
  const y = linearScale(0, yMax, bottom, top);
  const band = (right - left) / Math.max(1, n);
  const barW = Math.max(1, band * 0.8);
  const every = Math.max(1, Math.ceil(n / maxLabels));
  const area: PlotArea = { left, right, top, bottom };
  const yLabels = yTicks.map((t) => ({ key: String(t), at: y(t), label: formatY(t) }));
  const xLabels = categories.flatMap((c, i) =>
    i % every === 0 ? [{ key: `${i}-${c}`, at: left + (i + 0.5) * band, label: c }] : [],
  );
  return (
    <div ref={boxRef} className="line-plot">
      <svg width={width} height={height} role="presentation" focusable="false">
        <PlotGrid area={area} ys={yLabels.map((t) => t.at)} />
        <g className={grow ? 'bar-plot-bars bar-plot-grow' : 'bar-plot-bars'}>
          {categories.map((c, i) => {
            let base = 0;
            const x0 = left + i * band + (band - barW) / 2;
            return (
              <g key={`${i}-${c}`}>
                <title>{`${c}: ${series.map((s) => `${s.label} ${formatY(s.values[i] ?? 0)}`).join(', ')}`}</title>
                {series.map((s) => {
                  const v = s.values[i] ?? 0;
                  const y1 = y(base);
                  base += v;
                  const y0 = y(base);
                  return v > 0 ? (
                    <rect key={s.key} x={x0} y={y0} width={barW} height={Math.max(0, y1 - y0)} fill={s.color} />
                  ) : null;
                })}
              </g>
            );
          })}
        </g>
        <PlotAxes area={area} yTicks={yLabels} xTicks={xLabels} yGap={5 * k} xDrop={14 * k} />
      </svg>
    </div>
  );
}
