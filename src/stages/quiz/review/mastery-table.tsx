/** Mastery per stage: a small bar per stage, inside a table whose text says the same numbers. */
import { DataTable } from '../../../components/data-table';
import { REVIEW_TEXT } from './content';
import type { StageMastery } from './review-logic';

export function MasteryTable({ rows }: { rows: readonly StageMastery[] }) {
  return (
    <DataTable
      className="compact mastery-table"
      caption={REVIEW_TEXT.masteryCaption}
      columns={['Stage', 'Mastery']}
      rows={rows.map((r) => {
        const share = r.seen === 0 ? 0 : r.known / r.seen;
        return {
          key: r.stage,
          header: r.title,
          cells: [
            <>
              {/* The bar repeats the text beside it, so it is hidden from screen readers. */}
              <span className="mastery-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(share * 100)}%` }} />
              </span>{' '}
              {REVIEW_TEXT.masteryCell(r.known, r.seen)}
            </>,
          ],
        };
      })}
    />
  );
}
