import { createLabStore } from '../../src/store/lab-store';
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
    const store = createLabStore();
    store.getState().loadProgress(storage);
    expect(store.getState().progressStatus).toBe('saving');
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
    store.getState().answerQuestion('card-validation', 'B');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B' });
    store.getState().answerCheckpoint('trace-relu', 'A');
    expect(saved(storage).checkpoints).toEqual({ 'trace-relu': 'A' });
  });

  it('counts the first answer only', () => {
    const store = createLabStore();
    store.getState().answerQuestion('card-cleaning', 'A');
    store.getState().answerQuestion('card-cleaning', 'C');
    expect(store.getState().quiz.answers['card-cleaning']).toBe('A');
  });

  it('keeps one answer per run-built question: a new run’s version replaces the old one', () => {
    const store = createLabStore();
    store.getState().answerQuestion('run-alert#aaa', 'A');
    store.getState().answerQuestion('run-split#bbb', 'C');
    store.getState().answerQuestion('run-alert#ccc', 'B');
    expect(store.getState().quiz.answers).toEqual({ 'run-split#bbb': 'C', 'run-alert#ccc': 'B' });
  });

  it('a retry records the score, clears the answers and moves to the next (shuffled) attempt', () => {
    const storage = memoryStorage();
    const store = createLabStore();
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
    const store = createLabStore();
    store.getState().answerQuestion('card-monitoring', 'D');
    expect(storage.setItem).not.toHaveBeenCalled();
    store.getState().loadProgress(storage);
    expect(saved(storage)).toMatchObject({ attempt: 1, answers: { 'card-cleaning': 'C', 'card-monitoring': 'D' } });
    expect(saved(storage).results).toHaveLength(1);
  });

  it('loads once: a second load changes nothing', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    const store = createLabStore();
    store.getState().loadProgress(storage);
    store.getState().loadProgress(memoryStorage());
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
  });

  it('with unreadable storage it keeps answers in memory, writes nothing and says so once', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID });
    storage.fail.get = true;
    const store = createLabStore();
    store.getState().loadProgress(storage);
    store.getState().answerQuestion('card-cleaning', 'B');
    expect(store.getState().progressStatus).toBe('memory');
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'B' });
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(storage.data.get(PROGRESS_KEY)).toBe(VALID);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('after a refused save (quota) it keeps the answers, says so once, and saves again at the next change', () => {
    const storage = memoryStorage();
    const store = createLabStore();
    store.getState().loadProgress(storage);
    storage.fail.set = true;
    store.getState().answerQuestion('card-cleaning', 'C');
    store.getState().answerQuestion('card-validation', 'B');
    expect(store.getState().progressStatus).toBe('retrying');
    expect(store.getState().notices).toEqual([expect.stringMatching(/could not be saved just now/)]);
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B' });
    storage.fail.set = false;
    store.getState().answerQuestion('card-monitoring', 'D');
    expect(store.getState().progressStatus).toBe('saving');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B', 'card-monitoring': 'D' });
  });

  it('two tabs never overwrite each other: every save re-reads and merges (the issue’s scenario)', () => {
    const storage = memoryStorage();
    const a = createLabStore();
    const b = createLabStore();
    a.getState().loadProgress(storage);
    b.getState().loadProgress(storage);
    a.getState().answerQuestion('card-cleaning', 'C');
    a.getState().answerQuestion('card-validation', 'B');
    a.getState().answerQuestion('card-monitoring', 'D');
    // B has not heard of A's answers: its own answer to the first question comes second and loses.
    b.getState().answerQuestion('card-cleaning', 'A');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B', 'card-monitoring': 'D' });
    expect(b.getState().quiz.answers).toEqual(saved(storage).answers);
    b.getState().retryQuiz({ set: 'card', correct: 3, total: 3 });
    a.getState().retryQuiz({ set: 'stages', correct: 1, total: 8 });
    expect(saved(storage).results).toEqual([
      { attempt: 0, set: 'card', correct: 3, total: 3 },
      { attempt: 1, set: 'stages', correct: 1, total: 8 },
    ]);
  });

  it('takes in what another tab saved when told (the storage event)', () => {
    const storage = memoryStorage();
    const a = createLabStore();
    const b = createLabStore();
    a.getState().loadProgress(storage);
    b.getState().loadProgress(storage);
    b.getState().answerCheckpoint('trace-relu', 'B');
    a.getState().answerQuestion('card-cleaning', 'C');
    b.getState().syncProgress();
    expect(b.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
    expect(b.getState().quiz.checkpoints).toEqual({ 'trace-relu': 'B' });
  });

  it('over a newer version’s progress it runs read-only: answers stay in memory, storage is untouched', () => {
    const raw = JSON.stringify({ version: 2, attempt: 0, answers: { 'card-cleaning': 'C' }, checkpoints: {}, results: [] });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = createLabStore();
    store.getState().loadProgress(storage);
    expect(store.getState().progressStatus).toBe('read-only');
    expect(store.getState().notices[0]).toMatch(/newer version/);
    store.getState().answerQuestion('card-validation', 'B');
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C', 'card-validation': 'B' });
    expect([...storage.data.entries()]).toEqual([[PROGRESS_KEY, raw]]);
  });

  it('restores a set-aside backup into the progress, then removes the backup', () => {
    const backupKey = `${PROGRESS_KEY}:unreadable-1700000000000`;
    const old = JSON.stringify({ version: 1, attempt: 0, answers: { 'card-cleaning': 'A' }, checkpoints: {}, results: [] });
    const storage = memoryStorage({ [PROGRESS_KEY]: VALID, [backupKey]: old });
    const store = createLabStore();
    store.getState().loadProgress(storage);
    expect(store.getState().progressBackups.map((b) => b.key)).toEqual([backupKey]);
    store.getState().restoreBackup(backupKey);
    // The current attempt (1) is newer than the backup's (0): its answers stay; nothing is lost from storage.
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C' });
    expect(storage.data.has(backupKey)).toBe(false);
    expect(store.getState().progressBackups).toEqual([]);
  });

  it('a corrupted store gives a notice, a backup and a fresh quiz', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{oops' });
    const store = createLabStore();
    store.getState().loadProgress(storage);
    expect(store.getState().notices[0]).toMatch(/could not be used \(it is not valid JSON\)/);
    expect(store.getState().quiz.answers).toEqual({});
    store.getState().answerQuestion('card-cleaning', 'C');
    expect(saved(storage).answers).toEqual({ 'card-cleaning': 'C' });
    expect([...storage.data.values()]).toContain('{oops');
  });

  it('keeps a version-1 record with a field it does not know, and never moves it aside', () => {
    const raw = JSON.stringify({ ...JSON.parse(VALID), theme: 'dark' });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = createLabStore();
    store.getState().loadProgress(storage);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().quiz.answers).toEqual({ 'card-cleaning': 'C' });
    store.getState().answerQuestion('card-validation', 'B');
    expect(saved(storage)).toMatchObject({ theme: 'dark', answers: { 'card-cleaning': 'C', 'card-validation': 'B' } });
    expect(storage.data.size).toBe(1);
  });
});
