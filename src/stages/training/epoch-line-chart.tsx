/**
 * A live line chart of two per-epoch series (training solid, validation dashed),
 * with a plain HTML legend; the exact numbers are in the epoch table below the
 * charts. The plot is SVG (see components/line-plot.tsx for why), small enough to
 * ship with the training step instead of loading lazily.
 */
import { PlotWithLegend } from '../../components/chart-legend';
import EpochLinePlot, { TRAIN_COLOR, VALIDATION_COLOR, type EpochLinePlotProps } from './epoch-line-plot';

export type EpochLineChartProps = EpochLinePlotProps;

export function EpochLineChart(props: EpochLineChartProps) {
  return (
    <PlotWithLegend
      items={[
        { label: props.trainName, color: TRAIN_COLOR },
        { label: props.validationName, color: VALIDATION_COLOR, dashed: true },
      ]}
    >
      <EpochLinePlot {...props} />
    </PlotWithLegend>
  );
}
