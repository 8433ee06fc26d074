/**
 * A live line chart of two per-epoch series (training solid, validation dashed).
 * The legend is plain HTML (no recharts Legend or Tooltip: see `epoch-line-plot.tsx`)
 * and the exact numbers are in the epoch table below the charts. The lines are
 * drawn by a lazily loaded plot, so recharts stays off the first screen.
 */
import { lazy } from 'react';
import type { EpochLinePlotProps } from './epoch-line-plot';

const EpochLinePlot = lazy(() => import('./epoch-line-plot'));

export type EpochLineChartProps = EpochLinePlotProps;

export function EpochLineChart(props: EpochLineChartProps) {
  return (
    <div className="epoch-line-chart">
      <p className="chart-legend">
        <span className="swatch solid" /> {props.trainName} <span className="swatch dashed" /> {props.validationName}
      </p>
      <div className="chart-plot">
        <EpochLinePlot {...props} />
      </div>
    </div>
  );
}
