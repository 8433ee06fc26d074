/**
 * Two per-epoch series (training solid, validation dashed) on the SVG LinePlot:
 * this chart redraws on every epoch of a live run (see line-plot.tsx for why not recharts).
 */
import { integerTicks, niceTicks } from '../../components/chart-scale';
import { LinePlot } from '../../components/line-plot';

export interface EpochPoint {
  readonly epoch: number;
  readonly train: number;
  readonly validation: number;
}

export interface EpochLinePlotProps {
  readonly data: readonly EpochPoint[];
  /** The run's planned epochs: the x axis spans all of them so the lines grow as epochs finish. */
  readonly totalEpochs: number;
  readonly trainName: string;
  readonly validationName: string;
  /** Y-axis tick format. */
  readonly format: (v: number) => string;
  readonly yDomain?: [number, number];
  /** Reveal the lines when the plot mounts with a finished run (off for reduced motion and live runs). */
  readonly animate: boolean;
}

/** Dots mark each epoch while there are few; beyond that they only clutter the lines. */
const MAX_DOTS = 20;
export const TRAIN_COLOR = '#0b57d0';
export const VALIDATION_COLOR = '#d93025';

export default function EpochLinePlot({ data, totalEpochs, format, yDomain, animate }: EpochLinePlotProps) {
  const lastEpoch = Math.max(totalEpochs, data[data.length - 1]?.epoch ?? 1, 2);
  const values = data.flatMap((d) => [d.train, d.validation]).filter(Number.isFinite);
  const yTicks = yDomain
    ? niceTicks(yDomain[0], yDomain[1]).filter((t) => t >= yDomain[0] && t <= yDomain[1])
    : values.length
      ? niceTicks(Math.min(...values), Math.max(...values))
      : niceTicks(0, 1); // empty axes before the first epoch
  const domain: [number, number] = yDomain ?? [yTicks[0], yTicks[yTicks.length - 1]];
  const dots = data.length <= MAX_DOTS;
  return (
    <LinePlot
      series={[
        { key: 'train', points: data.map((d) => [d.epoch, d.train]), color: TRAIN_COLOR, dots },
        { key: 'validation', points: data.map((d) => [d.epoch, d.validation]), color: VALIDATION_COLOR, dash: '6 4', dots },
      ]}
      xDomain={[1, lastEpoch]}
      xTicks={integerTicks(lastEpoch)}
      xLabel="Epoch"
      yDomain={domain}
      yTicks={yTicks}
      formatY={format}
      reveal={animate}
    />
  );
}
