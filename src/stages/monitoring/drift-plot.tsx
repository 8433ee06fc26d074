/**
 * Per-feature drift as horizontal SVG bars (red at or over the threshold) with the
 * threshold line. SVG rather than recharts because it redraws on every live batch:
 * a recharts BarChart update measured 20–80 ms of main-thread work on 2 cores (it
 * measures every tick label in the DOM), this one well under a millisecond.
 */
import { useRef } from 'react';
import { linearScale, niceTicks } from '../../components/chart-scale';
import { PlotAxes, PlotGrid, type PlotArea } from '../../components/plot-axes';
import { useBoxSize } from '../../components/use-box-size';

export interface DriftBar {
  readonly name: string;
  readonly value: number;
  /** At or over the threshold. */
  readonly over: boolean;
}

export interface DriftPlotProps {
  readonly data: readonly DriftBar[];
  readonly limit: number;
  /** Bars grow in from the left when the plot mounts (off for reduced motion). */
  readonly animate: boolean;
}

export const OVER_COLOR = '#b3261e';
export const UNDER_COLOR = '#0b57d0';
const FALLBACK = { width: 400, height: 240 } as const;
/** Room for the feature names, the threshold label and the x ticks, px. */
const MARGIN = { top: 22, right: 16, bottom: 24, left: 138 } as const;

export function DriftPlot({ data, limit, animate }: DriftPlotProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef, FALLBACK);
  const ticks = niceTicks(0, Math.max(limit * 1.5, ...data.map((d) => d.value)), 5);
  const max = ticks[ticks.length - 1];
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 1, height - MARGIN.bottom);
  const x = linearScale(0, max, left, right);
  const band = (bottom - top) / Math.max(1, data.length);
  const barH = Math.max(2, band * 0.7);
  const area: PlotArea = { left, right, top, bottom };
  return (
    // LinePlot's box, grid and axis styles, so both live charts look alike.
    <div ref={boxRef} className="line-plot">
      <svg width={width} height={height} role="presentation" focusable="false">
        <PlotGrid area={area} xs={ticks.map(x)} />
        <PlotAxes
          area={area}
          yTicks={data.map((d, i) => ({ key: d.name, at: top + band * (i + 0.5), label: d.name }))}
          xTicks={ticks.map((t) => ({ key: String(t), at: x(t), label: t.toFixed(2) }))}
          yGap={6}
          xDrop={14}
        />
        <g className={`drift-bars${animate ? ' drift-bars-grow' : ''}`}>
          {data.map((d, i) => (
            <rect
              key={d.name}
              x={left}
              y={top + band * i + (band - barH) / 2}
              width={Math.max(0, x(Math.min(d.value, max)) - left)}
              height={barH}
              fill={d.over ? OVER_COLOR : UNDER_COLOR}
            />
          ))}
        </g>
        <g className="line-plot-marks">
          <line x1={x(limit)} x2={x(limit)} y1={top} y2={bottom} stroke={OVER_COLOR} strokeDasharray="6 4" />
          <text x={x(limit)} y={top - 6} textAnchor="middle" fill={OVER_COLOR}>
            threshold {limit}
          </text>
        </g>
      </svg>
    </div>
  );
}
