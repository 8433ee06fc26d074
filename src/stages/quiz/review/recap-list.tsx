/** The recap: each question missed before and not mastered yet, with its answer, and a link to the stage that teaches it. */
import { STEPS } from '../../../content/steps';
import { useLabActions } from '../../../store/lab-store';
import { revisit } from '../quiz-results';
import { REVIEW_TEXT } from './content';
import type { RecapItem } from './review-logic';

export function RecapList({ items, now }: { items: readonly RecapItem[]; now: number }) {
  const store = useLabActions();
  if (items.length === 0) {
    return (
      <p>
        {REVIEW_TEXT.recapEmpty}{' '}
        <button type="button" onClick={() => store.getState().setMode('quiz')}>
          {REVIEW_TEXT.takeQuiz}
        </button>
      </p>
    );
  }
  return (
    <ol className="review-recap">
      {items.map((r) => {
        const right = r.question.options.find((o) => o.key === r.question.answer);
        const title = STEPS.find((s) => s.id === r.question.stage)?.title ?? r.question.stage;
        const facts = [
          REVIEW_TEXT.missed(r.misses),
          ...(r.confidence ? [REVIEW_TEXT.confident[r.confidence]] : []),
          r.due <= now ? REVIEW_TEXT.dueNow : REVIEW_TEXT.dueOn(r.due),
        ];
        return (
          <li key={r.id}>
            <strong>{r.question.prompt}</strong>
            <br />
            {REVIEW_TEXT.answer}
            {right?.text} <span className="muted">({facts.join(', ')})</span>{' '}
            <button type="button" className="link-button" onClick={() => revisit(store, r.question.stage)}>
              {REVIEW_TEXT.revisit(title)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
