/** The ROC curve of the validation predictions, with the current threshold marked, and its table alternative. */
import { lazy, useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { fmtAuc, thinCurve, type Confusion, type RocPoint } from '../../pipeline/metrics';
import { fmtPct } from '../../pipeline/summary';

const RocPlot = lazy(() => import('./roc-plot'));

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const fmtThreshold = (t: number): string => (Number.isFinite(t) ? t.toFixed(3) : 'above every score');

export interface RocChartProps {
  readonly points: readonly RocPoint[];
  readonly auc: number | null;
  readonly c: Confusion;
  readonly threshold: number;
}

export function RocChart({ points, auc, c, threshold }: RocChartProps) {
  const reduced = useReducedMotion();
  const rows = useMemo(
    () => thinCurve(points, 20).map((p) => [fmtThreshold(p.threshold), fmtPct(p.fpr), fmtPct(p.tpr)]),
    [points],
  );
  const fpr = ratio(c.fp, c.fp + c.tn);
  const tpr = ratio(c.tp, c.tp + c.fn);
  const here = `At threshold ${threshold.toFixed(2)} the false positive rate is ${fmtPct(fpr)} and the true positive rate is ${fmtPct(tpr)}`;
  return (
    <>
      <ChartFigure
        takesTurn
        caption={`ROC curve (AUC ${fmtAuc(auc)})`}
        summary={`ROC curve of the validation predictions from (0 %, 0 %) to (100 %, 100 %); area under the curve ${fmtAuc(auc)}.`}
        headers={['Threshold', 'False positive rate', 'True positive rate']}
        rows={rows}
        height={280}
        chart={<RocPlot points={points} fpr={fpr} tpr={tpr} animate={!reduced} />}
      />
      <p className="roc-here">{here} (the dot on the curve).</p>
    </>
  );
}
