/** What each colour and shape means, and the picture's counts as a table. */
import { SHAPE, type DotLayout, type DotTable as Table } from '../../pipeline/dot-layout/types';
import { DataTable } from '../data-table';
import { PALETTE } from './draw-marks';

function Swatch({ ink, shape }: { ink: number; shape: number }) {
  const fill = PALETTE[ink];
  return (
    <svg className="dot-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {shape === SHAPE.plus ? (
        <path d="M0 5h14v4H0zM5 0h4v14H5z" fill={fill} />
      ) : shape === SHAPE.ring ? (
        <rect x="1" y="1" width="12" height="12" fill="none" stroke={fill} strokeWidth="2" />
      ) : (
        <rect width="14" height="14" fill={fill} />
      )}
    </svg>
  );
}

export function DotLegend({ legend }: { legend: DotLayout['legend'] }) {
  return (
    <ul className="dot-legend" aria-label="Legend">
      {legend.map((l) => (
        <li key={l.text}>
          <Swatch ink={l.ink} shape={l.shape} /> {l.text}
        </li>
      ))}
    </ul>
  );
}

export function DotTable({ table, label = 'Show the marks’ counts as a table' }: { table: Table; label?: string }) {
  return (
    <details className="dot-table">
      <summary>{label}</summary>
      <DataTable
        className="compact"
        caption={table.caption}
        columns={table.columns}
        rows={table.rows.map(([header, ...cells], i) => ({ key: i, header, cells }))}
      />
    </details>
  );
}
