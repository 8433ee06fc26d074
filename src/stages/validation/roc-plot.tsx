/** The recharts drawing of the ROC curve and the threshold's dot, in its own module so `RocChart` can load it lazily. */
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { thinCurve, type RocPoint } from '../../pipeline/metrics';
import { fmtPctWhole } from '../../pipeline/summary';

export interface RocPlotProps {
  readonly points: readonly RocPoint[];
  /** The current threshold's point on the curve. */
  readonly fpr: number;
  readonly tpr: number;
  readonly animate: boolean;
}

export default function RocPlot({ points, fpr, tpr, animate }: RocPlotProps) {
  const drawn = useMemo(() => thinCurve(points, 200).map((p) => ({ fpr: p.fpr, tpr: p.tpr })), [points]);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={drawn} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="fpr"
          type="number"
          domain={[0, 1]}
          tickFormatter={fmtPctWhole}
          tick={{ fontSize: 11 }}
          label={{ value: 'False positive rate', position: 'insideBottom', offset: -10, fontSize: 11 }}
        />
        <YAxis
          type="number"
          domain={[0, 1]}
          tickFormatter={fmtPctWhole}
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
        <Line dataKey="tpr" name="ROC" type="linear" dot={false} stroke="#0b57d0" strokeWidth={2} isAnimationActive={animate} />
        <ReferenceDot x={fpr} y={tpr} r={6} fill="#d93025" stroke="#fff" strokeWidth={2} />
      </LineChart>
    </ResponsiveContainer>
  );
}
