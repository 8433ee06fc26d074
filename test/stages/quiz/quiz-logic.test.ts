import fc from 'fast-check';
import { CARD_QUESTION, CARD_QUESTIONS } from '../../../src/content/card-quiz';
import { BANK_QUESTIONS, QUIZ_BANK } from '../../../src/content/quiz-bank';
import {
  firstUnanswered,
  orderOptions,
  questionsForSet,
  reviewMistakes,
  scoreQuiz,
  shownLetter,
} from '../../../src/stages/quiz/quiz-logic';

describe('option order', () => {
  it('is the written order on the first attempt', () => {
    expect(orderOptions(CARD_QUESTION, 0)).toEqual(CARD_QUESTION.options);
    expect(shownLetter(orderOptions(CARD_QUESTION, 0), 'C')).toBe('C');
  });

  it('is a permutation on every retry that keeps each option’s text, why and rightness together', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUIZ_BANK), fc.integer({ min: 1, max: 10_000 }), (q, attempt) => {
        const shown = orderOptions(q, attempt);
        expect([...shown].sort((a, b) => a.key.localeCompare(b.key))).toEqual(q.options);
        const right = shown.find((o) => o.key === q.answer);
        expect(right).toBe(q.options.find((o) => o.key === q.answer));
        expect(shown[['A', 'B', 'C', 'D'].indexOf(shownLetter(shown, q.answer))].key).toBe(q.answer);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic per question and attempt, and retries really reorder', () => {
    expect(orderOptions(CARD_QUESTION, 3)).toEqual(orderOptions(CARD_QUESTION, 3));
    const orders = new Set(
      Array.from({ length: 12 }, (_, i) =>
        orderOptions(CARD_QUESTION, i + 1)
          .map((o) => o.key)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(3);
    const answerLetters = new Set(Array.from({ length: 12 }, (_, i) => shownLetter(orderOptions(CARD_QUESTION, i + 1), 'C')));
    expect(answerLetters.size).toBeGreaterThan(1);
  });
});

describe('scoring and review', () => {
  const qs = CARD_QUESTIONS;
  const answers = { [qs[0].id]: 'C', [qs[1].id]: 'A' } as const;

  it('scores only answered questions, right when the chosen key is the answer', () => {
    expect(scoreQuiz(qs, {})).toEqual({ correct: 0, answered: 0, total: 3 });
    expect(scoreQuiz(qs, answers)).toEqual({ correct: 1, answered: 2, total: 3 });
    expect(scoreQuiz(qs, { ...answers, [qs[2].id]: qs[2].answer, unrelated: 'A' })).toEqual({
      correct: 2,
      answered: 3,
      total: 3,
    });
  });

  it('reviews each mistake with the chosen and the right option and the stage that teaches it', () => {
    const mistakes = reviewMistakes(qs, answers);
    expect(mistakes).toHaveLength(1);
    expect(mistakes[0].question.stage).toBe('validation');
    expect(mistakes[0].chosen.key).toBe('A');
    expect(mistakes[0].right.key).toBe(qs[1].answer);
  });

  it('resumes at the first unanswered question', () => {
    expect(firstUnanswered(qs, {})).toBe(0);
    expect(firstUnanswered(qs, { [qs[0].id]: 'A' })).toBe(1);
    expect(firstUnanswered(qs, { [qs[0].id]: 'A', [qs[1].id]: 'A', [qs[2].id]: 'A' })).toBe(3);
  });

  it('builds the card, run and full sets', () => {
    const run = [BANK_QUESTIONS[0]];
    expect(questionsForSet('card', run)).toEqual(CARD_QUESTIONS);
    expect(questionsForSet('run', run)).toEqual(run);
    expect(questionsForSet('all', run)).toHaveLength(3 + BANK_QUESTIONS.length + 1);
  });
});
