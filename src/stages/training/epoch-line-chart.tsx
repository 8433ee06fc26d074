/**
 * A live line chart of two per-epoch series (training solid, validation dashed),
 * with a plain HTML legend; the exact numbers are in the epoch table below the
 * charts. The plot is hand-drawn SVG (see `epoch-line-plot.tsx` for why), small
 * enough to ship with the training step instead of loading lazily.
 */
import EpochLinePlot, { type EpochLinePlotProps } from './epoch-line-plot';

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
