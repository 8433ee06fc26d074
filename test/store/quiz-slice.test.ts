import { createLabStore } from '../../src/store/lab-store';
import { noEngine } from './no-engine';
import { PROGRESS_KEY } from '../../src/store/progress-storage';
import { memoryStorage } from './memory-storage';

const saved = (s: ReturnType<typeof memoryStorage>) => JSON.parse(s.data.get(PROGRESS_KEY) ?? 'null');
const VALID = JSON.stringify({
  version: 1,
  attempt: 1,
  answers: { 'card-cleaning': 'C' },
  checkpoints: {},
  results: [{ attempt: 0, set: 'card', correct: 1, total: 3 }],
});

describe('quiz slice', () => {
  it('loads saved progress, then saves every answer', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    expect(store.getState().progressStatus).toBe('saving');
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
    store.getState().answerQuestion('card-validation', 'B');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B' });
    store.getState().answerCheckpoint('trace-relu', 'A');
    expect(saved(storage).checkpoints).toEqual({ 'trace-relu': 'A' });
  });

  it('counts the first answer only', () => {
    const store = createLabStore(noEngine());
    store.getState().answerQuestion('card-cleaning', 'A');
    store.getState().answerQuestion('card-cleaning', 'C');
    expect(store.getState().quiz.answers['card-cleaning']).toBe('A');
  });

  it('keeps one answer per run-built question: a new run’s version replaces the old one', () => {
    const store = createLabStore(noEngine());
    store.getState().answerQuestion('run-alert#aaa', 'A');
    store.getState().answerQuestion('run-split#bbb', 'C');
    store.getState().answerQuestion('run-alert#ccc', 'B');
    expect(store.getState().quiz.answers).toEqual({ 'run-split#bbb': 'C', 'run-alert#ccc': 'B' });
  });

  it('a retry records the score, clears the answers and moves to the next (shuffled) attempt', () => {
    const storage = memoryStorage();
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    store.getState().answerQuestion('card-cleaning', 'C');
    store.getState().retryQuiz({ set: 'card', correct: 1, total: 3 });
    expect(store.getState().quiz).toMatchObject({
      attempt: 1,
      answers: {},
      results: [{ attempt: 0, set: 'card', correct: 1, total: 3 }],
    });
    expect(saved(storage).attempt).toBe(1);
  });

  it('never overwrites valid saved progress: answers given before loading are merged into it', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    const store = createLabStore(noEngine());
    store.getState().answerQuestion('card-monitoring', 'D');
    expect(storage.setItem).not.toHaveBeenCalled();
    store.getState().loadProgress(storage);
    expect(saved(storage)).toMatchObject({ attempt: 1, answers: { 'card-cleaning': 'C', 'card-monitoring': 'D' } });
    expect(saved(storage).results).toHaveLength(1);
  });

  it('loads once: a second load changes nothing', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    store.getState().loadProgress(memoryStorage());
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
  });

  it('with unreadable storage it keeps answers in memory, writes nothing and says so once', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    storage.fail.get = true;
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    store.getState().answerQuestion('card-cleaning', 'B');
    expect(store.getState().progressStatus).toBe('memory');
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'B' });
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(storage.data.get(PROGRESS_KEY)).toBe(VALID);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('when saving starts failing (quota), it stops saving and adds one notice', () => {
    const storage = memoryStorage();
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    storage.fail.set = true;
    store.getState().answerQuestion('card-cleaning', 'C');
    store.getState().answerQuestion('card-validation', 'B');
    expect(store.getState().progressStatus).toBe('memory');
    expect(store.getState().notices).toEqual([expect.stringMatching(/could not be saved/)]);
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B' });
  });

  it('a corrupted store gives a notice, a backup and a fresh quiz', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{oops' });
    const store = createLabStore(noEngine());
    store.getState().loadProgress(storage);
    expect(store.getState().notices[0]).toMatch(/could not be used \(it is not valid JSON\)/);
    expect(store.getState().quiz.answers).toEqual({});
    store.getState().answerQuestion('card-cleaning', 'C');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C' });
    expect([...storage.data.values()]).toContain('{oops');
  });
});
