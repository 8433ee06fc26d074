/** The side-by-side table: each number from its own run, and B minus A. */
import { DataTable } from '../../components/data-table';
import type { SideNumbers } from '../../pipeline/compare-summary';
import { fmtInt, fmtPct } from '../../pipeline/summary';
import { COMPARE_TEXT } from './content';

interface Row {
  readonly label: string;
  readonly a: number | null;
  readonly b: number | null;
  readonly fmt: (v: number) => string;
  /** How B − A is written (points for rates). */
  readonly diff: (b: number, a: number) => string;
}

const pts = (b: number, a: number): string => `${b - a >= 0 ? '+' : '−'}${Math.abs((b - a) * 100).toFixed(1)} pts`;
const plain =
  (digits: number, unit = '') =>
  (b: number, a: number): string =>
    `${b - a >= 0 ? '+' : '−'}${Math.abs(b - a).toFixed(digits)}${unit}`;

export function CompareNumbers({ a, b, rowsA, rowsB }: { a: SideNumbers; b: SideNumbers; rowsA: number; rowsB: number }) {
  const rows: Row[] = [
    { label: 'Rows trained and validated on', a: rowsA, b: rowsB, fmt: fmtInt, diff: plain(0) },
    { label: 'Validation accuracy', a: a.valAccuracy, b: b.valAccuracy, fmt: (v) => fmtPct(v), diff: pts },
    { label: 'Validation loss', a: a.valLoss, b: b.valLoss, fmt: (v) => v.toFixed(3), diff: plain(3) },
    { label: 'AUC', a: a.auc, b: b.auc, fmt: (v) => v.toFixed(3), diff: plain(3) },
    { label: 'Epoch with the lowest validation loss', a: a.bestEpoch, b: b.bestEpoch, fmt: String, diff: plain(0) },
    {
      label: `Package size (A ${a.packageDtype}, B ${b.packageDtype})`,
      a: a.packageBytes,
      b: b.packageBytes,
      fmt: (v) => `${(v / 1024).toFixed(1)} kB`,
      diff: (x, y) => plain(1, ' kB')(x / 1024, y / 1024),
    },
    { label: 'Package accuracy after reloading', a: a.packageAccuracy, b: b.packageAccuracy, fmt: (v) => fmtPct(v), diff: pts },
    {
      label: 'Latency, one row, median (float32)',
      a: a.latencyP50Ms,
      b: b.latencyP50Ms,
      fmt: (v) => `${v.toFixed(2)} ms`,
      diff: plain(2, ' ms'),
    },
    { label: 'Live rolling accuracy at the end', a: a.liveAccuracy, b: b.liveAccuracy, fmt: (v) => fmtPct(v), diff: pts },
    { label: 'Alerts fired on the live stream', a: a.alertsFired, b: b.alertsFired, fmt: String, diff: plain(0) },
  ];
  return (
    <DataTable
      className="compact compare-numbers"
      caption={COMPARE_TEXT.numbersCaption}
      columns={['Number', COMPARE_TEXT.sideA, COMPARE_TEXT.sideB, 'B − A']}
      rows={rows.map((r) => ({
        key: r.label,
        header: r.label,
        cells: [
          r.a === null ? 'n/a' : r.fmt(r.a),
          r.b === null ? 'n/a' : r.fmt(r.b),
          r.a === null || r.b === null ? '—' : r.diff(r.b, r.a),
        ],
      }))}
    />
  );
}
