/** Package bytes per variant, split into model JSON (topology + manifest) and weights, with its table alternative. */
import { lazy } from 'react';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { fmtBytes } from './format';
import type { VariantView } from './variant-rows';

const SizePlot = lazy(() => import('./size-plot'));

export function SizeChart({ rows }: { rows: readonly VariantView[] }) {
  const reduced = useReducedMotion();
  const json = rows.map((v) => v.jsonBytes);
  const smallest = rows.reduce((a, b) => (b.totalBytes < a.totalBytes ? b : a), rows[0]);
  return (
    <ChartFigure
      takesTurn
      caption="Package bytes: model JSON and weights"
      summary={`Package sizes from ${fmtBytes(rows[0].totalBytes)} (float32) down to ${fmtBytes(smallest.totalBytes)} (${smallest.dtype}); the model JSON (topology and weights manifest) is ${fmtBytes(Math.min(...json))}–${fmtBytes(Math.max(...json))}.`}
      headers={['Variant', 'Model JSON bytes (topology + manifest)', 'Weight bytes', 'Total bytes']}
      rows={rows.map((v) => [v.dtype, v.jsonBytes, v.weightBytes, v.totalBytes])}
      height={220}
      chart={<SizePlot rows={rows} animate={!reduced} />}
    />
  );
}
