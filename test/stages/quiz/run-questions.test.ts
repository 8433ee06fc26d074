import fc from 'fast-check';
import type { RunFacts } from '../../../src/content/run-facts';
import {
  alertQuestion,
  cleaningQuestion,
  epochQuestion,
  latencyQuestion,
  LIVE_DROP_POINTS,
  runQuestions,
  splitQuestion,
} from '../../../src/content/run-questions';

const epoch = (n: number, loss: number, valLoss: number) => ({ epoch: n, loss, accuracy: 0.8, valLoss, valAccuracy: 0.8 });

/** The card's default run, as plain facts. */
const CARD_RUN: RunFacts = {
  config: { alertThreshold: 0.8, latencyBudgetMs: 50 },
  snapshot: {
    rawShape: [10_000, 10],
    cleanShape: [9_800, 10],
    trainRows: 7_840,
    validationRows: 1_960,
    cleaning: { droppedTotal: 200 },
  },
  validation: { accuracy: 0.846, loss: 0.35 },
  epochs: [epoch(1, 0.75, 0.6), epoch(2, 0.55, 0.45), epoch(3, 0.42, 0.38), epoch(4, 0.35, 0.36), epoch(5, 0.33, 0.35)],
  serving: { deployment: { latency: { coldMs: 40, p95Ms: 0.8 } }, monitoring: { threshold: 0.8 } },
};

/** Another run: a smaller dataset, a better model, a tight budget and an overfitting trace. */
const OTHER_RUN: RunFacts = {
  config: { alertThreshold: 0.8, latencyBudgetMs: 0.5 },
  snapshot: {
    rawShape: [2_000, 10],
    cleanShape: [1_960, 10],
    trainRows: 1_568,
    validationRows: 392,
    cleaning: { droppedTotal: 40 },
  },
  validation: { accuracy: 0.9, loss: 0.3 },
  epochs: [epoch(1, 0.6, 0.5), epoch(2, 0.4, 0.35), epoch(3, 0.3, 0.41)],
  serving: { deployment: { latency: { coldMs: 12, p95Ms: 0.9 } }, monitoring: { threshold: 0.8 } },
};

const rightText = (q: ReturnType<typeof alertQuestion>) => q?.options.find((o) => o.key === q.answer)?.text;

describe('questions built from the learner’s run', () => {
  it('are absent until the run has the facts they need', () => {
    const empty: RunFacts = { ...CARD_RUN, snapshot: null, validation: null, epochs: [], serving: null };
    expect(runQuestions(empty)).toEqual([]);
    expect(runQuestions({ ...empty, snapshot: CARD_RUN.snapshot }).map((q) => q.id.split('#')[0])).toEqual([
      'run-cleaning',
      'run-split',
    ]);
    expect(runQuestions(CARD_RUN)).toHaveLength(5);
  });

  it('the alert question quotes the run and its answer follows it', () => {
    const a = alertQuestion(CARD_RUN);
    expect(a?.prompt).toBe(
      'Your validation accuracy is 84.6 % and the alert threshold is 80 %. Live rolling accuracy falls to 79.6 %: what happens?',
    );
    expect(a?.answer).toBe('A');
    const b = alertQuestion(OTHER_RUN);
    expect(b?.prompt).toContain('falls to 85.0 %');
    expect(b?.answer).toBe('B');
    expect(a?.id).not.toBe(b?.id);
  });

  it('the alert question uses the threshold the monitor ran with', () => {
    const q = alertQuestion({ ...OTHER_RUN, serving: { ...OTHER_RUN.serving!, monitoring: { threshold: 0.9 } } });
    expect(q?.prompt).toContain('alert threshold is 90 %');
    expect(q?.answer).toBe('A');
  });

  it('the data questions’ right answers are this run’s counts', () => {
    expect(rightText(cleaningQuestion(CARD_RUN))).toBe('9,800');
    expect(rightText(cleaningQuestion(OTHER_RUN))).toBe('1,960');
    expect(rightText(splitQuestion(CARD_RUN))).toBe('1,960');
    expect(rightText(splitQuestion(OTHER_RUN))).toBe('392');
    expect(cleaningQuestion({ ...CARD_RUN, snapshot: { ...CARD_RUN.snapshot!, cleaning: { droppedTotal: 0 } } })).toBeNull();
  });

  it('the epoch question tells generalising, overfitting and diverging runs apart', () => {
    expect(epochQuestion(CARD_RUN)?.answer).toBe('A');
    expect(epochQuestion(OTHER_RUN)?.answer).toBe('B');
    expect(epochQuestion({ ...CARD_RUN, epochs: [epoch(1, 0.7, 0.6), epoch(2, NaN, NaN)] })?.answer).toBe('C');
    expect(epochQuestion({ ...CARD_RUN, epochs: [epoch(1, 0.7, 0.6)] })).toBeNull();
  });

  it('the latency question passes or fails on the warm p95 against the budget', () => {
    expect(latencyQuestion(CARD_RUN)?.answer).toBe('A');
    expect(latencyQuestion(OTHER_RUN)?.answer).toBe('B');
  });

  it('for any run, each question has one right option, explained as right, matching the monitor’s rule', () => {
    const facts = fc.record({
      accuracy: fc.double({ min: 0.3, max: 1, noNaN: true }),
      alert: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
      p95: fc.double({ min: 0.01, max: 100, noNaN: true }),
      budget: fc.double({ min: 1, max: 100, noNaN: true }),
      losses: fc.array(fc.double({ min: 0.01, max: 2, noNaN: true }), { minLength: 4, maxLength: 12 }),
    });
    fc.assert(
      fc.property(facts, ({ accuracy, alert, p95, budget, losses }) => {
        const run: RunFacts = {
          ...CARD_RUN,
          config: { alertThreshold: alert, latencyBudgetMs: budget },
          validation: { accuracy, loss: 0.4 },
          epochs: losses.slice(1).map((l, i) => epoch(i + 1, losses[0] / (i + 1), l)),
          serving: { deployment: { latency: { coldMs: 10, p95Ms: p95 } }, monitoring: { threshold: alert } },
        };
        for (const q of runQuestions(run)) {
          const rights = q.options.filter((o) => o.why.startsWith('Right'));
          expect(rights.map((o) => o.key)).toEqual([q.answer]);
          expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
        }
        const live = Math.round(accuracy * 1000) / 1000 - LIVE_DROP_POINTS / 100;
        expect(alertQuestion(run)?.answer).toBe(
          live < alert - 1e-9 ? 'A' : live > alert + 1e-9 ? 'B' : alertQuestion(run)?.answer,
        );
        expect(latencyQuestion(run)?.answer).toBe(p95 <= budget ? 'A' : 'B');
      }),
      { numRuns: 300 },
    );
  });
});
