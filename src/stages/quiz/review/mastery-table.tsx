/** Mastery per stage: a small bar per stage, inside a table whose text says the same numbers. */
import { REVIEW_TEXT } from './content';
import type { StageMastery } from './review-logic';

export function MasteryTable({ rows }: { rows: readonly StageMastery[] }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table compact mastery-table">
        <caption>{REVIEW_TEXT.masteryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Mastery</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const share = r.seen === 0 ? 0 : r.known / r.seen;
            return (
              <tr key={r.stage}>
                <th scope="row">{r.title}</th>
                <td>
                  {/* The bar repeats the text beside it, so it is hidden from screen readers. */}
                  <span className="mastery-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>{' '}
                  {REVIEW_TEXT.masteryCell(r.known, r.seen)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
