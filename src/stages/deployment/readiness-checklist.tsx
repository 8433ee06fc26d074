/** The production-readiness checklist: each item decided by a measured fact of this run, with the fact as its reason. */
import type { ReadinessItem } from '../../pipeline/readiness';
import { DEPLOY_TEXT } from './content';

const MARK = { pass: '✓', fail: '✗', pending: '…' } as const;
const WORD = { pass: 'Pass', fail: 'Fail', pending: 'Pending' } as const;

export function ReadinessChecklist({ items }: { items: readonly ReadinessItem[] }) {
  const count = (s: ReadinessItem['status']) => items.filter((i) => i.status === s).length;
  return (
    <section aria-labelledby="deploy-checklist">
      <h3 id="deploy-checklist">{DEPLOY_TEXT.checklistHeading}</h3>
      <p>{DEPLOY_TEXT.checklistLead}</p>
      <p className="readiness-score">
        {count('pass')} of {items.length} pass, {count('fail')} fail, {count('pending')} pending.
      </p>
      <ul className="readiness" aria-label={DEPLOY_TEXT.checklistHeading}>
        {items.map((item) => (
          <li key={item.id} className={`readiness-item is-${item.status}`}>
            <span className="readiness-mark" aria-hidden="true">
              {MARK[item.status]}
            </span>
            <span>
              <strong>{item.label}</strong> <span className="readiness-status">{WORD[item.status]}</span>
              <br />
              <span className="readiness-reason">{item.reason}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
