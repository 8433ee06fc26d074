/** The ROC curve of the validation predictions, with the current threshold marked, and its table alternative. */
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/chart-figure';
import { useReducedMotion } from '../../components/use-reduced-motion';
import { thinCurve, type Confusion, type RocPoint } from '../../pipeline/metrics';
import { fmtPct } from '../../pipeline/summary';

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const pctTick = (v: number): string => `${Math.round(v * 100)} %`;
const fmtThreshold = (t: number): string => (Number.isFinite(t) ? t.toFixed(3) : 'above every score');

export interface RocChartProps {
  readonly points: readonly RocPoint[];
  readonly auc: number;
  readonly c: Confusion;
  readonly threshold: number;
}

export function RocChart({ points, auc, c, threshold }: RocChartProps) {
  const reduced = useReducedMotion();
  const drawn = useMemo(() => thinCurve(points, 200).map((p) => ({ fpr: p.fpr, tpr: p.tpr })), [points]);
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
        caption={`ROC curve (AUC ${auc.toFixed(3)})`}
        summary={`ROC curve of the validation predictions from (0 %, 0 %) to (100 %, 100 %); area under the curve ${auc.toFixed(3)}.`}
        headers={['Threshold', 'False positive rate', 'True positive rate']}
        rows={rows}
        height={280}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <LineChart accessibilityLayer={false} data={drawn} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="fpr"
                type="number"
                domain={[0, 1]}
                tickFormatter={pctTick}
                tick={{ fontSize: 11 }}
                label={{ value: 'False positive rate', position: 'insideBottom', offset: -10, fontSize: 11 }}
              />
              <YAxis
                type="number"
                domain={[0, 1]}
                tickFormatter={pctTick}
                tick={{ fontSize: 11 }}
                width={64}
                label={{ value: 'True positive rate', angle: -90, position: 'insideLeft', offset: 12, fontSize: 11 }}
              />
              <ReferenceLine
                segment={[
                  { x: 0, y: 0 },
                  { x: 1, y: 1 },
                ]}
                stroke="#80868b"
                strokeDasharray="4 4"
              />
              <Line
                dataKey="tpr"
                name="ROC"
                type="linear"
                dot={false}
                stroke="#0b57d0"
                strokeWidth={2}
                isAnimationActive={!reduced}
              />
              <ReferenceDot x={fpr} y={tpr} r={6} fill="#d93025" stroke="#fff" strokeWidth={2} />
            </LineChart>
          </ResponsiveContainer>
        }
      />
      <p className="roc-here">{here} (the dot on the curve).</p>
    </>
  );
}
