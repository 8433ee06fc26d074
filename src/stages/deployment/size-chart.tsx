/** Package bytes per variant, split into topology JSON and weights, with its table alternative. */
import { lazy } from 'react';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { fmtBytes } from './format';
import type { VariantView } from './variant-rows';

const SizePlot = lazy(() => import('./size-plot'));

export function SizeChart({ rows }: { rows: readonly VariantView[] }) {
  const reduced = useReducedMotion();
  const smallest = rows.reduce((a, b) => (b.totalBytes < a.totalBytes ? b : a), rows[0]);
  return (
    <ChartFigure
      caption="Package bytes: topology and weights"
      summary={`Package sizes from ${fmtBytes(rows[0].totalBytes)} (float32) down to ${fmtBytes(smallest.totalBytes)} (${smallest.dtype}); the topology JSON is ${fmtBytes(rows[0].topologyBytes)} in every variant.`}
      headers={['Variant', 'Topology bytes', 'Weight bytes', 'Total bytes']}
      rows={rows.map((v) => [v.dtype, v.topologyBytes, v.weightBytes, v.totalBytes])}
      height={220}
      chart={<SizePlot rows={rows} animate={!reduced} />}
    />
  );
}
