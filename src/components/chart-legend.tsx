/** A plain HTML legend for the SVG line plots: one line swatch and label per series. */
import type { CSSProperties, ReactNode } from 'react';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** Line width, px. */
  readonly width?: number;
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <p className="chart-legend">
      {items.map((item) => {
        const style: CSSProperties = { borderTop: `${item.width ?? 2}px ${item.dashed ? 'dashed' : 'solid'} ${item.color}` };
        return (
          <span key={item.label} className="chart-legend-item">
            <span className="swatch" style={style} /> {item.label}
          </span>
        );
      })}
    </p>
  );
}

/** A plot under its legend, the plot taking the rest of the chart box's height. */
export function PlotWithLegend({ items, children }: { items: readonly LegendItem[]; children: ReactNode }) {
  return (
    <div className="plot-with-legend">
      <ChartLegend items={items} />
      <div className="chart-plot">{children}</div>
    </div>
  );
}
