/** The drawing of a histogram (an SVG bar plot), in its own module so `HistogramChart` can load it lazily. */
import { BarPlot, type BarSeries } from './bar-plot';

export interface HistogramBar {
  readonly bin: string;
  readonly converted: number;
  readonly notConverted: number;
  readonly rows: number;
}

export interface HistogramPlotProps {
  readonly data: readonly HistogramBar[];
  /** Stack the bars by label (converted / not converted). */
  readonly byLabel: boolean;
  readonly animate: boolean;
}

/** Bin labels drawn at most (every k-th bin). */
const MAX_BIN_LABELS = 6;

export default function HistogramPlot({ data, byLabel, animate }: HistogramPlotProps) {
  const series: BarSeries[] = byLabel
    ? [
        { key: 'notConverted', label: 'Not converted', color: '#8ab4f8', values: data.map((d) => d.notConverted) },
        { key: 'converted', label: 'Converted', color: '#d93025', values: data.map((d) => d.converted) },
      ]
    : [{ key: 'rows', label: 'Rows', color: '#1a73e8', values: data.map((d) => d.rows) }];
  return (
    <BarPlot
      categories={data.map((d) => d.bin)}
      series={series}
      legend={byLabel}
      maxLabels={MAX_BIN_LABELS}
      yLabelWidth={40}
      grow={animate}
    />
  );
}
