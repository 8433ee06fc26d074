/**
 * The drawing of the ROC curve and the threshold's dot (an SVG line plot, like the
 * live charts: mounting it costs well under a millisecond, where recharts cost
 * hundreds at 1,000,000 rows), in its own module so `RocChart` can load it lazily.
 */
import { useMemo } from 'react';
import { LinePlot, type LineSeries } from '../../components/line-plot';
import { PlotWithLegend } from '../../components/chart-legend';
import { thinCurve, type RocPoint } from '../../pipeline/metrics';
import { fmtPctWhole } from '../../pipeline/summary';

export interface RocPlotProps {
  readonly points: readonly RocPoint[];
  /** The current threshold's point on the curve. */
  readonly fpr: number;
  readonly tpr: number;
  readonly animate: boolean;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const CURVE = '#0b57d0';
const CHANCE = '#80868b';
const HERE = '#d93025';

export default function RocPlot({ points, fpr, tpr, animate }: RocPlotProps) {
  // At most 200 points: the curve never gets more points than the plot has pixels across.
  const curve = useMemo(() => thinCurve(points, 200).map((p): [number, number] => [p.fpr, p.tpr]), [points]);
  const series: LineSeries[] = [
    {
      key: 'chance',
      points: [
        [0, 0],
        [1, 1],
      ],
      color: CHANCE,
      width: 1,
      dash: '4 4',
    },
    { key: 'roc', points: curve, color: CURVE },
    { key: 'here', points: [[fpr, tpr]], color: HERE, width: 2, dots: true },
  ];
  return (
    <PlotWithLegend
      items={[
        { label: 'ROC curve', color: CURVE },
        { label: 'Chance (the diagonal)', color: CHANCE, dashed: true, width: 1 },
        { label: 'This threshold', color: HERE, width: 6 },
      ]}
    >
      <LinePlot
        series={series}
        xDomain={[0, 1]}
        xTicks={TICKS}
        formatX={fmtPctWhole}
        xLabel="False positive rate"
        yDomain={[0, 1]}
        yTicks={TICKS}
        formatY={fmtPctWhole}
        yLabelWidth={40}
        reveal={animate}
      />
    </PlotWithLegend>
  );
}
