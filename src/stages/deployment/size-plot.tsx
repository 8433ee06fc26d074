/** The drawing of package bytes per variant (stacked model JSON + weights, an SVG bar plot), loaded lazily by `SizeChart`. */
import { BarPlot } from '../../components/bar-plot';
import { fmtBytes } from './format';
import type { VariantView } from './variant-rows';

export default function SizePlot({ rows, animate }: { rows: readonly VariantView[]; animate: boolean }) {
  return (
    <BarPlot
      categories={rows.map((v) => v.dtype)}
      series={[
        { key: 'json', label: 'model.json (topology + manifest)', color: '#9aa0a6', values: rows.map((v) => v.jsonBytes) },
        { key: 'weights', label: 'Weights', color: '#0b57d0', values: rows.map((v) => v.weightBytes) },
      ]}
      formatY={fmtBytes}
      legend
      yLabelWidth={56}
      grow={animate}
    />
  );
}
