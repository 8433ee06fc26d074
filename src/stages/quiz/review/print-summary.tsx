/**
 * The one-page summary of the run and the results: the card's seven lines with this
 * run's numbers, the key numbers, the score and mastery. The print stylesheet
 * (review.css) prints only this section; its buttons stay on screen.
 */
import { NumberList } from '../../../components/number-list';
import type { QuizQuestion } from '../../../content/card-quiz';
import { fmtInt, fmtMs, fmtPct, fmtShape } from '../../../pipeline/summary';
import { useLabStore } from '../../../store/lab-store';
import { useRunSummary } from '../../../store/use-run-summary';
import { ResultsDownload } from '../results/results-download';
import { REVIEW_TEXT } from './content';
import { findQuestion, type StageMastery } from './review-logic';

/** Right and answered in one answer map (questions this session knows). */
function tally(map: Readonly<Record<string, string>>, pool: readonly QuizQuestion[]): [right: number, answered: number] {
  let right = 0;
  let answered = 0;
  for (const [id, choice] of Object.entries(map)) {
    const q = findQuestion(id, pool);
    if (!q) continue;
    answered++;
    if (choice === q.answer) right++;
  }
  return [right, answered];
}

export function PrintSummary(props: { pool: readonly QuizQuestion[]; mastery: readonly StageMastery[]; toReview: number }) {
  const { pool, mastery, toReview } = props;
  const { run, serving, rows, metrics: v } = useRunSummary();
  const trainStatus = useLabStore((s) => s.trainStatus);
  const train = useLabStore((s) => s.train);
  const quiz = useLabStore((s) => s.quiz);
  const uint8 = serving?.deployment.variants.find((x) => x.dtype === 'uint8');
  const alert = serving?.monitoring.alerts.find((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired');
  const numbers: [string, string][] = [
    ...(v
      ? ([
          ['Validation accuracy', fmtPct(v.accuracy)],
          ['Validation loss', v.loss.toFixed(3)],
        ] as [string, string][])
      : []),
    ...(uint8 && serving
      ? ([
          [
            'uint8 package',
            `${fmtInt(uint8.totalBytes)} bytes (from ${fmtInt(serving.deployment.float32Bytes)}), accuracy ${fmtPct(uint8.accuracy)}`,
          ],
          ['Latency, one row', `p50 ${fmtMs(serving.deployment.latency.p50Ms)}, p95 ${fmtMs(serving.deployment.latency.p95Ms)}`],
        ] as [string, string][])
      : []),
    ...(serving
      ? ([['First accuracy alert', alert ? `batch ${alert.tick} (${fmtPct(alert.value)})` : 'none']] as [string, string][])
      : []),
  ];
  const [quizRight, quizAnswered] = tally(quiz.answers, pool);
  const [cpRight, cpAnswered] = tally(quiz.checkpoints, pool);
  return (
    <section className="print-summary" aria-labelledby="print-summary-heading">
      <h3 id="print-summary-heading">{REVIEW_TEXT.summaryHeading}</h3>
      <p>{REVIEW_TEXT.runLine(run.config.seed, run.config.rows, run.config.epochs, run.config.scenario)}</p>
      <div className="review-screen-only review-actions">
        <button type="button" onClick={() => window.print()}>
          {REVIEW_TEXT.print}
        </button>
        <span className="muted">{REVIEW_TEXT.printNote}</span>
      </div>
      <div className="review-screen-only">
        <ResultsDownload />
      </div>
      {rows && (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table compact summary-stages">
            <caption>{REVIEW_TEXT.stageTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">In → out</th>
                <th scope="col">This run</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <th scope="row">{`${i + 1} ${r.name}`}</th>
                  <td>{`${r.inShape ? fmtShape(r.inShape) : r.inText} → ${r.outShape ? fmtShape(r.outShape) : r.outText}`}</td>
                  <td>{r.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {trainStatus !== 'done' && (
        <p className="notice">
          {REVIEW_TEXT.notTrained}{' '}
          <button type="button" className="review-screen-only" disabled={trainStatus === 'training'} onClick={() => void train()}>
            {trainStatus === 'training' ? REVIEW_TEXT.training : REVIEW_TEXT.train}
          </button>
        </p>
      )}
      {numbers.length > 0 && (
        <>
          <h4>{REVIEW_TEXT.keyNumbers}</h4>
          <NumberList className="summary-numbers" items={numbers} />
        </>
      )}
      <h4>{REVIEW_TEXT.scoreHeading}</h4>
      <ul className="summary-score">
        <li>{REVIEW_TEXT.quizScore(quizRight, quizAnswered)}</li>
        <li>{REVIEW_TEXT.checkpointScore(cpRight, cpAnswered)}</li>
        {quiz.results.length > 0 && (
          <li>
            {REVIEW_TEXT.lastResults}
            {quiz.results
              .slice(-3)
              .map((r) => `${r.set} ${r.correct} of ${r.total}`)
              .join('; ')}
          </li>
        )}
        <li>{REVIEW_TEXT.toReview(toReview)}</li>
        <li>
          {REVIEW_TEXT.masteryHeading}:{' '}
          {mastery.map((m) => `${m.title} ${m.seen === 0 ? '–' : `${m.known}/${m.seen}`}`).join(' · ')}
        </li>
      </ul>
    </section>
  );
}
