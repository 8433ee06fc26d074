/**
 * A line chart drawn as plain SVG, for the charts that redraw while data streams in
 * (training epochs, live monitoring batches).
 *
 * Not recharts, unlike the static charts: a recharts update is a render plus a
 * synchronous re-render from its internal store, measured at 25–100 ms of main-thread
 * work per update on a 2-core laptop — over the 50 ms long-task budget. This draws in
 * well under a millisecond. It keeps the other charts' look: dashed grid, 11 px ticks — or the
 * box's own font size where a stylesheet sets one (Present mode's slides), with margins and
 * line widths scaled to match.
 * The caller decides domains and ticks (see chart-scale.ts); this only draws.
 */
import { useId, useRef, useState } from 'react';
import { linearScale } from './chart-scale';
import { BASE_EM, PlotAxes, PlotGrid, useBoxEm, type PlotArea } from './plot-axes';
import { useBoxSize } from './use-box-size';

export interface LineSeries {
  readonly key: string;
  /** [x, y] in data units; a null y breaks the line there. */
  readonly points: readonly (readonly [number, number | null])[];
  readonly color: string;
  /** Stroke width, px. */
  readonly width?: number;
  /** SVG stroke-dasharray, e.g. "6 4". */
  readonly dash?: string;
  /** A dot on every point. */
  readonly dots?: boolean;
}

/** A labelled reference line across the plot: horizontal at y = value, or vertical at x = value. */
export interface ReferenceMark {
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
}

export interface LinePlotProps {
  readonly series: readonly LineSeries[];
  readonly xDomain: readonly [number, number];
  readonly xTicks: readonly number[];
  readonly xLabel: string;
  readonly yDomain: readonly [number, number];
  readonly yTicks: readonly number[];
  readonly formatY: (v: number) => string;
  /** x tick labels (default: the value as is). */
  readonly formatX?: (v: number) => string;
  readonly marks?: readonly ReferenceMark[];
  /** Reveal the lines left to right when the plot mounts with data (pass false for reduced motion). */
  readonly reveal?: boolean;
  /** Width reserved for the y tick labels, px. */
  readonly yLabelWidth?: number;
}

/** Size used until the box is measured (and in jsdom), px. */
const FALLBACK = { width: 400, height: 200 } as const;

/** The series' runs of consecutive finite points, as SVG polyline point lists. */
function segments(s: LineSeries, x: (v: number) => number, y: (v: number) => number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const [px, py] of s.points) {
    if (py === null || !Number.isFinite(py) || !Number.isFinite(px)) {
      if (run.length) out.push(run.join(' '));
      run = [];
    } else run.push(`${x(px).toFixed(1)},${y(py).toFixed(1)}`);
  }
  if (run.length) out.push(run.join(' '));
  return out;
}

export function LinePlot(props: LinePlotProps) {
  const { series, xDomain, xTicks, xLabel, yDomain, yTicks, formatY, formatX = String, marks = [], yLabelWidth = 52 } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(boxRef, FALLBACK);
  const clipId = useId();
  // Only a plot that mounts with data reveals itself; points that arrive later just appear.
  const [reveal] = useState(() => Boolean(props.reveal) && series.some((s) => s.points.length > 0));

  // Margins, tick offsets and strokes grow with the box's text size.
  const k = useBoxEm(boxRef, width, height) / BASE_EM;
  const stroke = Math.max(1, k * 0.75);
  const margin = { top: 10 * k, right: 14 * k, bottom: 30 * k, left: yLabelWidth * k };
  const plotW = Math.max(1, width - margin.left - margin.right);
  const plotH = Math.max(1, height - margin.top - margin.bottom);
  const left = margin.left;
  const right = margin.left + plotW;
  const top = margin.top;
  const bottom = margin.top + plotH;
  const x = linearScale(xDomain[0], xDomain[1], left, right);
  const y = linearScale(yDomain[0], yDomain[1], bottom, top);
  const area: PlotArea = { left, right, top, bottom };

  return (
    <div ref={boxRef} className="line-plot">
      <svg width={width} height={height} role="presentation" focusable="false">
        <defs>
          <clipPath id={clipId}>
            <rect className={reveal ? 'line-plot-reveal' : undefined} x={left - 4} y={0} width={plotW + 8} height={height} />
          </clipPath>
        </defs>
        <PlotGrid area={area} ys={yTicks.map(y)} xs={xTicks.map(x)} />
        <PlotAxes
          area={area}
          yTicks={yTicks.map((t) => ({ key: String(t), at: y(t), label: formatY(t) }))}
          xTicks={xTicks.map((t) => ({ key: String(t), at: x(t), label: formatX(t) }))}
          yGap={6}
          xDrop={14 * k}
        >
          <text x={right} y={height - 2} textAnchor="end">
            {xLabel}
          </text>
        </PlotAxes>
        <g className="line-plot-marks">
          {marks.map((m, i) =>
            m.axis === 'y' ? (
              <g key={i}>
                <line x1={left} x2={right} y1={y(m.value)} y2={y(m.value)} stroke={m.color} strokeDasharray={m.dash} />
                <text x={right - 4} y={y(m.value) - 4} textAnchor="end" fill={m.color}>
                  {m.label}
                </text>
              </g>
            ) : (
              <g key={i}>
                <line x1={x(m.value)} x2={x(m.value)} y1={top} y2={bottom} stroke={m.color} strokeDasharray={m.dash} />
                <text x={x(m.value) + 3} y={top + 10 * k} fill={m.color}>
                  {m.label}
                </text>
              </g>
            ),
          )}
        </g>
        <g clipPath={`url(#${clipId})`}>
          {series.map((s) => (
            <g key={s.key} className={`line-plot-series ${s.key}`}>
              {segments(s, x, y).map((pts, i) => (
                <polyline
                  key={i}
                  points={pts}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={(s.width ?? 2) * stroke}
                  strokeDasharray={s.dash}
                />
              ))}
              {s.dots &&
                s.points.map(([px, py]) =>
                  py === null || !Number.isFinite(py) ? null : (
                    <circle key={px} cx={x(px)} cy={y(py)} r={3 * stroke} fill="#fff" stroke={s.color} strokeWidth={2 * stroke} />
                  ),
                )}
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
