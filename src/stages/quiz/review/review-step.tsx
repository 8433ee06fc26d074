/** Review mode's page: the recap of past mistakes, the spaced retries due, mastery per stage and the printable summary. */
import { useMemo, useState } from 'react';
import { QUIZ_BANK } from '../../../content/quiz-bank';
import { useLabStore } from '../../../store/lab-store';
import { useView } from '../../../store/use-view';
import { useRunQuestions } from '../use-run-questions';
import { REVIEW_TEXT } from './content';
import { MasteryTable } from './mastery-table';
import { PrintSummary } from './print-summary';
import { RecapList } from './recap-list';
import { RetryRunner } from './retry-runner';
import { masteryByStage, recapItems } from './review-logic';
import './review.css';

export function ReviewStep({ now: fixedNow }: { now?: number }) {
  const [now] = useState(() => fixedNow ?? Date.now());
  const progress = useLabStore((s) => s.quiz);
  const loaded = useLabStore((s) => s.progressStatus !== 'unloaded');
  const retriesShown = useView().shows('quiz');
  const runBuilt = useRunQuestions();
  const pool = useMemo(() => [...QUIZ_BANK, ...runBuilt], [runBuilt]);
  const recap = useMemo(() => recapItems(progress, pool), [progress, pool]);
  const mastery = useMemo(() => masteryByStage(progress, pool), [progress, pool]);
  return (
    <div className="stage-body review-step">
      <div className="review-screen-only">
        <p>{REVIEW_TEXT.lead}</p>
        <section aria-labelledby="review-recap">
          <h3 id="review-recap">{REVIEW_TEXT.recapHeading}</h3>
          <RecapList items={recap} now={now} />
        </section>
        {retriesShown && (
          <section aria-labelledby="review-retry">
            <h3 id="review-retry">{REVIEW_TEXT.retryHeading}</h3>
            {/* Opened once the saved progress is read, so its queue holds what is due. */}
            <RetryRunner key={String(loaded)} pool={pool} now={now} />
          </section>
        )}
        <section aria-labelledby="review-mastery">
          <h3 id="review-mastery">{REVIEW_TEXT.masteryHeading}</h3>
          <p className="muted">{REVIEW_TEXT.masteryNote}</p>
          <MasteryTable rows={mastery} />
        </section>
      </div>
      <PrintSummary pool={pool} mastery={mastery} toReview={recap.length} />
    </div>
  );
}
