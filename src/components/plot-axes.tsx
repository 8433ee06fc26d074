/**
 * The pieces every plain-SVG plot here shares (line-plot.tsx, bar-plot.tsx,
 * stages/monitoring/drift-plot.tsx): the dashed grid, the two axis lines with
 * their tick labels, and the box's text size the margins scale with. The caller
 * places the ticks (px, already through its scale); these only draw them.
 */
import { useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';

/** A tick label: where it stands along its axis (px) and what it says. */
export interface AxisTick {
  readonly key: string;
  readonly at: number;
  readonly label: string;
}

/** The plot area's edges inside the SVG, px (y grows downwards: top < bottom). */
export interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Design text size of the plots, px: margins, tick offsets and strokes are written for it. */
export const BASE_EM = 11;

/**
 * The box's own font size in px (BASE_EM until measured, and in jsdom): a stylesheet that sets
 * one (Present mode's slides) makes the plot's margins and lines grow with its text.
 * Re-read when the box's measured size changes.
 */
export function useBoxEm(boxRef: RefObject<HTMLElement | null>, width: number, height: number): number {
  const [em, setEm] = useState(BASE_EM);
  useLayoutEffect(() => {
    const px = boxRef.current ? parseFloat(getComputedStyle(boxRef.current).fontSize) : NaN;
    if (px > 0) setEm(px);
  }, [boxRef, width, height]);
  return em;
}

/** Dashed grid lines across the plot area: horizontal at each `ys`, vertical at each `xs` (px). */
export function PlotGrid({ area, ys = [], xs = [] }: { area: PlotArea; ys?: readonly number[]; xs?: readonly number[] }) {
  const { left, right, top, bottom } = area;
  return (
    <g className="line-plot-grid">
      {ys.map((at, i) => (
        <line key={`y${i}`} x1={left} x2={right} y1={at} y2={at} />
      ))}
      {xs.map((at, i) => (
        <line key={`x${i}`} x1={at} x2={at} y1={top} y2={bottom} />
      ))}
    </g>
  );
}

export interface PlotAxesProps {
  readonly area: PlotArea;
  /** Labels left of the y axis, right-aligned, `yGap` px from it. */
  readonly yTicks: readonly AxisTick[];
  /** Labels under the x axis, centred, `xDrop` px below it (to the baseline). */
  readonly xTicks: readonly AxisTick[];
  readonly yGap: number;
  readonly xDrop: number;
  /** More axis text (an axis name), drawn after the ticks. */
  readonly children?: ReactNode;
}

/** The x and y axis lines along the plot area's bottom and left edges, with their tick labels. */
export function PlotAxes({ area, yTicks, xTicks, yGap, xDrop, children }: PlotAxesProps) {
  const { left, right, top, bottom } = area;
  return (
    <g className="line-plot-axis">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      <line x1={left} x2={left} y1={top} y2={bottom} />
      {yTicks.map((t) => (
        <text key={`y-${t.key}`} x={left - yGap} y={t.at} textAnchor="end" dominantBaseline="middle">
          {t.label}
        </text>
      ))}
      {xTicks.map((t) => (
        <text key={`x-${t.key}`} x={t.at} y={bottom + xDrop} textAnchor="middle">
          {t.label}
        </text>
      ))}
      {children}
    </g>
  );
}
