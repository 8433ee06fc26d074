import { QUIZ_BANK } from '../../../../src/content/quiz-bank';
import { dueRetries, effectiveSchedule, masteryByStage, recapItems } from '../../../../src/stages/quiz/review/review-logic';
import { EMPTY_PROGRESS, type QuizProgress } from '../../../../src/store/progress-storage';
import { recordMiss, recordRetry } from '../../../../src/store/review-schedule';

const T0 = 1_700_000_000_000;
const DAY = 24 * 3600 * 1000;
const p = (over: Partial<QuizProgress>): QuizProgress => ({ ...EMPTY_PROGRESS, ...over });

describe('review mode’s recap, retries and mastery', () => {
  it('treats wrong answers saved before the schedule existed as misses due now', () => {
    const old = p({ answers: { 'card-cleaning': 'A', 'card-validation': 'B' }, checkpoints: { 'trace-relu': 'D' } });
    expect(Object.keys(effectiveSchedule(old, QUIZ_BANK)).sort()).toEqual(['card-cleaning', 'trace-relu']);
    expect(dueRetries(old, QUIZ_BANK, T0).sort()).toEqual(['card-cleaning', 'trace-relu']);
  });

  it('recaps the misses not mastered yet, the confidently wrong first, and skips questions it cannot ask', () => {
    let retry = recordMiss({}, 'card-validation', T0);
    retry = recordMiss(retry, 'card-monitoring', T0);
    retry = recordMiss(retry, 'card-monitoring', T0 + 1);
    retry = recordMiss(retry, 'no-such-question', T0);
    const progress = p({ retry, confidence: { 'card-validation': 'sure' } });
    const items = recapItems(progress, QUIZ_BANK);
    expect(items.map((r) => [r.id, r.misses, r.confidence])).toEqual([
      ['card-validation', 1, 'sure'],
      ['card-monitoring', 2, undefined],
    ]);
  });

  it('a retry answered right leaves the due list for a day, and the recap says when it is back', () => {
    const retry = recordRetry(recordMiss({}, 'card-cleaning', T0), 'card-cleaning', true, T0 + 5);
    const progress = p({ answers: { 'card-cleaning': 'A' }, retry });
    expect(dueRetries(progress, QUIZ_BANK, T0 + 10)).toEqual([]);
    expect(dueRetries(progress, QUIZ_BANK, T0 + 5 + DAY)).toEqual(['card-cleaning']);
    expect(recapItems(progress, QUIZ_BANK)[0].due).toBe(T0 + 5 + DAY);
  });

  it('counts mastery per stage: right answers known, misses not, a right retry known again', () => {
    const progress = p({
      answers: { 'card-cleaning': 'C', 'card-validation': 'A', 'card-monitoring': 'A' },
      checkpoints: { 'trace-relu': 'A' },
      retry: recordRetry(recordMiss({}, 'card-monitoring', T0), 'card-monitoring', true, T0 + 1),
    });
    const byStage = Object.fromEntries(masteryByStage(progress, QUIZ_BANK).map((m) => [m.stage, [m.known, m.seen]]));
    expect(byStage.cleaning).toEqual([1, 1]);
    expect(byStage.validation).toEqual([0, 1]);
    expect(byStage.monitoring).toEqual([1, 1]);
    expect(byStage.trace).toEqual([1, 1]);
    expect(byStage.collection).toEqual([0, 0]);
  });
});
