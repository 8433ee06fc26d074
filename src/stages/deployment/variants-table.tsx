/** Model package variants: bytes, accuracy after reloading, largest prediction change, warm latency against the budget. */
import { fmtPct } from '../../pipeline/summary';
import { DEPLOY_TEXT, DTYPE_LABELS } from './content';
import { fmtBytes, fmtDiff, fmtMean, fmtMs } from './format';
import type { VariantView } from './variant-rows';

export interface VariantsTableProps {
  readonly rows: readonly VariantView[];
  readonly budgetMs: number;
  /** The variant the checklist and the download recommend. */
  readonly recommended: string | null;
}

export function VariantsTable({ rows, budgetMs, recommended }: VariantsTableProps) {
  const base = rows[0];
  if (!base) return null;
  return (
    <div className="table-scroll" role="region" aria-label="Variants table (scrolls sideways)" tabIndex={0}>
      <table className="data-table compact deploy-variants">
        <caption>{DEPLOY_TEXT.variantsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Weights stored as</th>
            <th scope="col">Package bytes (model JSON + weights)</th>
            <th scope="col">Weight bytes</th>
            <th scope="col">Size vs float32</th>
            <th scope="col">Validation accuracy after reload</th>
            <th scope="col">Largest prediction change</th>
            <th scope="col">Warm one row: mean / p95</th>
            <th scope="col">Within {budgetMs} ms budget</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => {
            const pass = v.latency ? v.latency.p95Ms <= budgetMs : null;
            return (
              <tr key={v.dtype} className={v.dtype === recommended ? 'is-recommended' : undefined}>
                <th scope="row">
                  {DTYPE_LABELS[v.dtype] ?? v.dtype}
                  {v.dtype === recommended && <span className="deploy-badge"> recommended</span>}
                </th>
                <td>{fmtBytes(v.totalBytes)}</td>
                <td>{fmtBytes(v.weightBytes)}</td>
                <td>{`${((100 * v.totalBytes) / base.totalBytes).toFixed(0)} %`}</td>
                <td>{v.accuracy === null ? '—' : fmtPct(v.accuracy)}</td>
                <td>{fmtDiff(v.maxAbsDiff)}</td>
                <td>{v.latency ? `${fmtMean(v.latency.meanMs)} / ${fmtMs(v.latency.p95Ms)}` : 'measuring…'}</td>
                <td className={pass === null ? undefined : pass ? 'verdict-pass' : 'verdict-fail'}>
                  {pass === null ? '—' : pass ? 'Pass' : 'Fail'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
