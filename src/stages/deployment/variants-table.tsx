/** Model package variants: bytes, accuracy after reloading, largest prediction change, warm latency against the budget. */
import { DataTable } from '../../components/data-table';
import { fmtPct } from '../../pipeline/summary';
import { DEPLOY_TEXT, DTYPE_LABELS } from './content';
import { fmtBytes, fmtDiff, fmtMean, fmtMs } from './format';
import type { VariantView } from './variant-rows';

/** The six cells before the verdict carry no class. */
const NO_CLASS: readonly undefined[] = Array<undefined>(6).fill(undefined);

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
    <DataTable
      className="compact deploy-variants"
      scrollLabel="Variants table (scrolls sideways)"
      caption={DEPLOY_TEXT.variantsCaption}
      columns={[
        'Weights stored as',
        'Package bytes (model JSON + weights)',
        'Weight bytes',
        'Size vs float32',
        'Validation accuracy after reload',
        'Largest prediction change',
        'Warm one row: mean / p95',
        `Within ${budgetMs} ms budget`,
      ]}
      rows={rows.map((v) => {
        const pass = v.latency ? v.latency.p95Ms <= budgetMs : null;
        return {
          key: v.dtype,
          className: v.dtype === recommended ? 'is-recommended' : undefined,
          header: (
            <>
              {DTYPE_LABELS[v.dtype] ?? v.dtype}
              {v.dtype === recommended && <span className="deploy-badge"> recommended</span>}
            </>
          ),
          cells: [
            fmtBytes(v.totalBytes),
            fmtBytes(v.weightBytes),
            `${((100 * v.totalBytes) / base.totalBytes).toFixed(0)} %`,
            v.accuracy === null ? '—' : fmtPct(v.accuracy),
            fmtDiff(v.maxAbsDiff),
            v.latency ? `${fmtMean(v.latency.meanMs)} / ${fmtMs(v.latency.p95Ms)}` : 'measuring…',
            pass === null ? '—' : pass ? 'Pass' : 'Fail',
          ],
          // Only the budget verdict is coloured (its text says Pass or Fail as well).
          cellClass: [...NO_CLASS, pass === null ? undefined : pass ? 'verdict-pass' : 'verdict-fail'],
        };
      })}
    />
  );
}
