import { CARD_QUESTION, CARD_QUESTIONS } from '../../../src/content/card-quiz';
import { BANK_QUESTIONS, checkpointFor, QUIZ_BANK } from '../../../src/content/quiz-bank';
import { isStageStep, STEPS } from '../../../src/content/steps';
import { STAGE_IDS } from '../../../src/pipeline/summary';

/** The id pattern saved progress accepts (progress-storage.ts). */
const STORABLE_ID = /^[a-z0-9-]{1,60}(#[a-z0-9]{1,16})?$/;

describe('the quiz bank', () => {
  it('keeps the card’s question verbatim, with options A–D and answer C', () => {
    expect(CARD_QUESTION.prompt).toBe('Why is data cleaning important before training?');
    expect(CARD_QUESTION.options.map((o) => `${o.key} ${o.text}`)).toEqual([
      'A It increases the number of training samples',
      'B It makes the model run faster by reducing features',
      'C It removes errors that can confuse the model',
      'D It changes the model architecture',
    ]);
    expect(CARD_QUESTION.answer).toBe('C');
    expect(CARD_QUESTIONS[0]).toBe(CARD_QUESTION);
  });

  it('has the card’s 3 questions and at least 14 more', () => {
    expect(CARD_QUESTIONS).toHaveLength(3);
    expect(BANK_QUESTIONS.length).toBeGreaterThanOrEqual(14);
    expect(QUIZ_BANK).toHaveLength(CARD_QUESTIONS.length + BANK_QUESTIONS.length);
  });

  it('gives every question a unique storable id, four distinct options A–D, an answer among them and a why for each', () => {
    const ids = QUIZ_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUIZ_BANK) {
      expect(q.id).toMatch(STORABLE_ID);
      expect(q.prompt.length).toBeGreaterThan(10);
      expect(q.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
      expect(q.options.map((o) => o.key)).toContain(q.answer);
      for (const o of q.options) expect(o.why.trim().length).toBeGreaterThan(10);
    }
  });

  it('explains the right option as right and no wrong option as right', () => {
    for (const q of QUIZ_BANK) {
      for (const o of q.options) {
        if (o.key === q.answer) expect(o.why, q.id).toMatch(/^Right\b/);
        else expect(o.why, `${q.id} ${o.key}`).not.toMatch(/^Right\b/);
      }
    }
  });

  it('covers all seven stages, the epoch trace, the prediction trace and production readiness', () => {
    const stages = new Set(BANK_QUESTIONS.map((q) => q.stage));
    for (const id of STAGE_IDS) expect(stages, id).toContain(id);
    expect(stages).toContain('trace');
    expect(stages).toContain('insight');
    expect(BANK_QUESTIONS.filter((q) => q.id.startsWith('epochs-')).length).toBeGreaterThanOrEqual(2);
    for (const topic of ['scaling-leak', 'quantize', 'cold-warm', 'monitoring-threshold', 'noise', 'rollback']) {
      expect(
        BANK_QUESTIONS.some((q) => q.id.includes(topic)),
        topic,
      ).toBe(true);
    }
  });

  it('has one checkpoint question for every stage and the prediction trace', () => {
    for (const step of STEPS) {
      const q = checkpointFor(step.id);
      if (isStageStep(step.id) || step.id === 'trace') expect(q?.stage).toBe(step.id);
      else expect(q).toBeNull();
    }
    expect(checkpointFor('cleaning')).toBe(CARD_QUESTION);
  });
});
