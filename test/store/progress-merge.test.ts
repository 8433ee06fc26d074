import { mergeProgress } from '../../src/store/progress-merge';
import { EMPTY_PROGRESS, type QuizProgress } from '../../src/store/progress-storage';

const p = (over: Partial<QuizProgress>): QuizProgress => ({ ...EMPTY_PROGRESS, ...over });

describe('merging two tabs’ quiz progress', () => {
  it('keeps every answer of both tabs to different questions', () => {
    const stored = p({ answers: { 'card-cleaning': 'C', 'card-validation': 'B', 'card-monitoring': 'D' } });
    const mine = p({ answers: { 'stage-split': 'A' } });
    expect(mergeProgress(stored, mine).answers).toEqual({ ...stored.answers, 'stage-split': 'A' });
  });

  it('keeps both tabs’ predict-first guesses; for the same prompt and run, the stored guess stands', () => {
    const merged = mergeProgress(
      p({ guesses: { 'dropped-rows#a': 150, 'first-alert#b': 20 } }),
      p({ guesses: { 'dropped-rows#a': 400, 'uint8-size#c': 25 } }),
    );
    expect(merged.guesses).toEqual({ 'dropped-rows#a': 150, 'first-alert#b': 20, 'uint8-size#c': 25 });
    expect(mergeProgress(p({}), p({}))).not.toHaveProperty('guesses');
  });

  it('keeps each answer’s time with the answer kept, and drops times of answers neither copy holds', () => {
    const merged = mergeProgress(
      p({ answers: { 'card-cleaning': 'C' }, times: { 'q:card-cleaning': 1, 'q:gone': 9 } }),
      p({
        answers: { 'card-cleaning': 'A' },
        checkpoints: { 'trace-relu': 'B' },
        times: { 'q:card-cleaning': 2, 'c:trace-relu': 3 },
      }),
    );
    expect(merged.times).toEqual({ 'q:card-cleaning': 1, 'c:trace-relu': 3 });
    expect(mergeProgress(p({}), p({}))).not.toHaveProperty('times');
  });

  it('the first answer to a question wins: the stored one', () => {
    const merged = mergeProgress(p({ answers: { 'card-cleaning': 'C' } }), p({ answers: { 'card-cleaning': 'A' } }));
    expect(merged.answers).toEqual({ 'card-cleaning': 'C' });
  });

  it('one answer per run-built question, whatever the run fingerprint', () => {
    const merged = mergeProgress(p({ answers: { 'run-alert#aaa': 'B' } }), p({ answers: { 'run-alert#bbb': 'A' } }));
    expect(merged.answers).toEqual({ 'run-alert#aaa': 'B' });
  });

  it('answers from before a retry in another tab are dropped; the newer attempt counts', () => {
    const retried = p({ attempt: 1, answers: {}, results: [{ attempt: 0, set: 'card', correct: 2, total: 3 }] });
    const old = p({ attempt: 0, answers: { 'card-cleaning': 'C' } });
    expect(mergeProgress(retried, old)).toEqual(retried);
    expect(mergeProgress(old, retried)).toEqual(retried);
  });

  it('combines finished attempts’ results without duplicates, newest 50 kept', () => {
    const a = { attempt: 0, set: 'card', correct: 2, total: 3 };
    const b = { attempt: 0, set: 'stages', correct: 5, total: 8 };
    expect(mergeProgress(p({ results: [a] }), p({ results: [a, b] })).results).toEqual([a, b]);
    const many = Array.from({ length: 40 }, (_, i) => ({ attempt: i, set: 'card', correct: 1, total: 3 }));
    const more = Array.from({ length: 40 }, (_, i) => ({ attempt: i, set: 'all', correct: 1, total: 3 }));
    const merged = mergeProgress(p({ results: many }), p({ results: more }));
    expect(merged.results).toHaveLength(50);
    expect(merged.results.at(-1)).toEqual(more.at(-1));
  });

  it('merges checkpoints like answers: stored first, new ones added', () => {
    const merged = mergeProgress(
      p({ checkpoints: { 'trace-relu': 'B' } }),
      p({ checkpoints: { 'trace-relu': 'A', 'drift-psi': 'C' } }),
    );
    expect(merged.checkpoints).toEqual({ 'trace-relu': 'B', 'drift-psi': 'C' });
  });

  it('keeps both tabs’ retry schedules (the later record per question) and confidence with the kept answers', () => {
    const item = (box: number, at: number) => ({ box, due: at, at, misses: 1 });
    const stored = p({
      confidence: { 'card-cleaning': 'sure' },
      retry: { 'card-cleaning': item(0, 1), 'trace-relu': item(0, 1) },
    });
    const mine = p({ confidence: { 'card-cleaning': 'guess', 'trace-relu': 'think' }, retry: { 'card-cleaning': item(1, 5) } });
    const merged = mergeProgress(stored, mine);
    expect(merged.retry).toEqual({ 'card-cleaning': item(1, 5), 'trace-relu': item(0, 1) });
    expect(merged.confidence).toEqual({ 'card-cleaning': 'sure', 'trace-relu': 'think' });
    expect(mergeProgress(p({}), p({}))).toEqual(EMPTY_PROGRESS);
  });
});
