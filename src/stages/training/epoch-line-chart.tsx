/**
 * A live line chart of two per-epoch series (training solid, validation dashed),
 * with a plain HTML legend; the exact numbers are in the epoch table below the
 * charts. The plot is SVG (see components/line-plot.tsx for why), small enough to
 * ship with the training step instead of loading lazily.
 */
import { ChartLegend } from '../../components/chart-legend';
import EpochLinePlot, { type EpochLinePlotProps } from './epoch-line-plot';

export type EpochLineChartProps = EpochLinePlotProps;

export function EpochLineChart(props: EpochLineChartProps) {
  return (
    <div className="plot-with-legend">
      <ChartLegend
        items={[
          { label: props.trainName, color: '#0b57d0' },
          { label: props.validationName, color: '#d93025', dashed: true },
        ]}
      />
      <div className="chart-plot">
        <EpochLinePlot {...props} />
      </div>
    </div>
  );
}
