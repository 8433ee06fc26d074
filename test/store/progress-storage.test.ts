import { saveProgress } from '../../src/store/progress-save';
import { EMPTY_PROGRESS, PROGRESS_KEY, readProgress, type QuizProgress } from '../../src/store/progress-storage';
import { memoryStorage } from './memory-storage';

const PROGRESS: QuizProgress = {
  attempt: 2,
  answers: { 'card-cleaning': 'C', 'run-alert#1x2y': 'A' },
  checkpoints: { 'trace-relu': 'B' },
  results: [{ attempt: 1, set: 'card', correct: 2, total: 3 }],
};
const NOW = 1_700_000_000_000;
const BACKUP = `${PROGRESS_KEY}:unreadable-${NOW}`;

describe('saved quiz progress', () => {
  it('round-trips through storage under a versioned key', () => {
    const s = memoryStorage();
    expect(saveProgress(s, PROGRESS)).toEqual({ kind: 'saved', progress: PROGRESS });
    expect(JSON.parse(s.data.get(PROGRESS_KEY)!).version).toBe(1);
    expect(readProgress(s, NOW)).toEqual({ progress: PROGRESS, notices: [], mode: 'save', backups: [] });
  });

  it('saves predict-first guesses as an optional field: progress without them still reads, bad ones make it unreadable', () => {
    const s = memoryStorage();
    const withGuesses: QuizProgress = { ...PROGRESS, guesses: { 'dropped-rows#k2': 150, 'click-rate-split#a1': 0 } };
    saveProgress(s, withGuesses);
    expect(JSON.parse(s.data.get(PROGRESS_KEY)!)).toMatchObject({ version: 1, guesses: withGuesses.guesses });
    expect(readProgress(s, NOW).progress).toEqual(withGuesses);
    // Saved before guesses existed: the same version, read as it was (no guesses field appears).
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, ...PROGRESS }) }), NOW).progress).toEqual(
      PROGRESS,
    );
    for (const guesses of [{ 'dropped-rows#k2': 'many' }, { '<b>#1': 1 }]) {
      const raw = JSON.stringify({ version: 1, ...PROGRESS, guesses });
      expect(readProgress(memoryStorage({ [PROGRESS_KEY]: raw }), NOW).notices[0]).toMatch(/could not be used/);
    }
  });

  it('saves answer times as an optional field; a bad time makes the progress unreadable', () => {
    const s = memoryStorage();
    const timed: QuizProgress = { ...PROGRESS, times: { 'q:card-cleaning': NOW, 'c:trace-relu': NOW + 1 } };
    saveProgress(s, timed);
    expect(readProgress(s, NOW).progress).toEqual(timed);
    for (const times of [{ 'q:card-cleaning': -1 }, { 'x:card-cleaning': 1 }, { 'q:card-cleaning': 'now' }]) {
      const raw = JSON.stringify({ version: 1, ...PROGRESS, times });
      expect(readProgress(memoryStorage({ [PROGRESS_KEY]: raw }), NOW).notices[0]).toMatch(/could not be used/);
    }
  });

  it('starts empty and silent when nothing was saved', () => {
    expect(readProgress(memoryStorage(), NOW)).toEqual({ progress: EMPTY_PROGRESS, notices: [], mode: 'save', backups: [] });
  });

  const unreadable: [string, string, RegExp][] = [
    ['corrupted JSON', '{"version":1,"answers":{', /not valid JSON/],
    ['an older unknown format', JSON.stringify({ ...PROGRESS, version: 0 }), /older, unknown format \(0\)/],
    ['a wrong shape', JSON.stringify({ ...PROGRESS, version: 1, answers: { 'card-cleaning': 'E' } }), /does not look like/],
    ['foreign data', '"<script>alert(1)</script>"', /does not look like/],
    ['an array', '[1,2,3]', /does not look like/],
  ];

  it.each(unreadable)('sets %s aside under a backup key, with a notice, and starts fresh', (_name, raw, reason) => {
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    const out = readProgress(s, NOW);
    expect(out.progress).toEqual(EMPTY_PROGRESS);
    expect(out.mode).toBe('save');
    expect(out.notices).toHaveLength(1);
    expect(out.notices[0]).toMatch(reason);
    expect(out.notices[0]).toContain(BACKUP);
    expect(out.notices[0]).not.toContain('<script>');
    expect(s.data.get(BACKUP)).toBe(raw);
    expect(s.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('drops a hostile __proto__ key without touching any prototype', () => {
    const raw = '{"version":1,"attempt":0,"answers":{"__proto__":"A","card-cleaning":"C"},"checkpoints":{},"results":[]}';
    const out = readProgress(memoryStorage({ [PROGRESS_KEY]: raw }), NOW);
    expect(out.progress.answers).toEqual({ 'card-cleaning': 'C' });
    expect(Object.getPrototypeOf(out.progress.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).A).toBeUndefined();
  });

  it('never overwrites an earlier backup', () => {
    const s = memoryStorage({ [PROGRESS_KEY]: 'new junk', [BACKUP]: 'old junk' });
    readProgress(s, NOW);
    expect(s.data.get(BACKUP)).toBe('old junk');
    expect(s.data.get(`${BACKUP}-2`)).toBe('new junk');
  });

  it('leaves unreadable data untouched and stops saving when it cannot be set aside', () => {
    const s = memoryStorage({ [PROGRESS_KEY]: 'junk' });
    s.fail.set = true;
    const out = readProgress(s, NOW);
    expect(out.mode).toBe('memory');
    expect(out.notices[0]).toMatch(/left untouched/);
    expect(s.data.get(PROGRESS_KEY)).toBe('junk');
    expect(s.removeItem).not.toHaveBeenCalled();
  });

  it('survives storage that throws or is missing, with a notice and no saving', () => {
    const s = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, ...PROGRESS }) });
    s.fail.get = true;
    for (const storage of [s, null]) {
      const out = readProgress(storage, NOW);
      expect(out.progress).toEqual(EMPTY_PROGRESS);
      expect(out.mode).toBe('memory');
      expect(out.notices[0]).toMatch(/lasts only until the tab is closed/);
    }
    expect(s.setItem).not.toHaveBeenCalled();
  });

  it('reports a full or blocked storage when saving, without throwing', () => {
    const s = memoryStorage();
    s.fail.set = true;
    expect(saveProgress(s, PROGRESS)).toEqual({
      kind: 'failed',
      progress: PROGRESS,
      notice: expect.stringMatching(/could not be saved/),
    });
    s.fail.set = false;
    s.fail.get = true;
    expect(saveProgress(s, PROGRESS).kind).toBe('failed');
  });

  it('keeps fields it does not know, through a read and a write', () => {
    const raw = JSON.stringify({ version: 1, ...PROGRESS, streak: { days: 3 }, results: [{ ...PROGRESS.results[0], ms: 9 }] });
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    const out = readProgress(s, NOW);
    expect(out).toMatchObject({ mode: 'save', notices: [] });
    expect(out.progress.answers).toEqual(PROGRESS.answers);
    expect(s.data.get(PROGRESS_KEY)).toBe(raw);
    saveProgress(s, out.progress, (p) => ({ ...p, answers: { ...p.answers, 'card-monitoring': 'D' } }));
    const written = JSON.parse(s.data.get(PROGRESS_KEY)!);
    expect(written.streak).toEqual({ days: 3 });
    expect(written.results[0].ms).toBe(9);
    expect(written.answers['card-monitoring']).toBe('D');
  });

  it('leaves a newer version’s progress in place and reads it read-only, with a notice', () => {
    const raw = JSON.stringify({ ...PROGRESS, version: 2, badges: ['x'] });
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    const out = readProgress(s, NOW);
    expect(out.mode).toBe('read-only');
    expect(out.progress).toEqual(PROGRESS);
    expect(out.notices[0]).toMatch(/newer version of Pipeline Lab \(format 2\).*left untouched/);
    expect(s.data.get(PROGRESS_KEY)).toBe(raw);
    expect(s.setItem).not.toHaveBeenCalled();
    expect(s.removeItem).not.toHaveBeenCalled();
  });

  it('a save never writes over a newer version’s progress that appeared meanwhile', () => {
    const raw = JSON.stringify({ ...EMPTY_PROGRESS, version: 3 });
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(saveProgress(s, PROGRESS).kind).toBe('newer');
    expect(s.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('lists set-aside progress this version can read, newest first, as restorable', () => {
    const v1 = (answers: QuizProgress['answers']) => JSON.stringify({ version: 1, ...EMPTY_PROGRESS, answers });
    const s = memoryStorage({
      [`${PROGRESS_KEY}:unreadable-100`]: v1({ 'card-cleaning': 'C' }),
      [`${PROGRESS_KEY}:unreadable-200`]: v1({ 'card-validation': 'B' }),
      [`${PROGRESS_KEY}:unreadable-300`]: 'junk',
      'other-app': v1({}),
    });
    const out = readProgress(s, NOW);
    expect(out.backups.map((b) => [b.key, b.time])).toEqual([
      [`${PROGRESS_KEY}:unreadable-200`, 200],
      [`${PROGRESS_KEY}:unreadable-100`, 100],
    ]);
    expect(out.backups[0].progress.answers).toEqual({ 'card-validation': 'B' });
  });

  it('loads progress saved before confidence and the retry schedule existed, and writes it back unchanged', () => {
    const old = JSON.stringify({ version: 1, ...PROGRESS });
    const s = memoryStorage({ [PROGRESS_KEY]: old });
    const out = readProgress(s, NOW);
    expect(out).toMatchObject({ mode: 'save', progress: PROGRESS });
    expect(out.progress).not.toHaveProperty('confidence');
    expect(out.progress).not.toHaveProperty('retry');
    saveProgress(s, out.progress);
    expect(s.data.get(PROGRESS_KEY)).toBe(old);
  });

  it('round-trips confidence and the retry schedule, keeping unknown fields beside them', () => {
    const withReview: QuizProgress = {
      ...PROGRESS,
      confidence: { 'card-cleaning': 'sure', 'trace-relu': 'guess' },
      retry: { 'card-cleaning': { box: 1, due: NOW + 5, at: NOW, misses: 2 } },
    };
    const s = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, ...PROGRESS, streak: 3 }) });
    const read = readProgress(s, NOW);
    expect(saveProgress(s, read.progress, () => withReview).kind).toBe('saved');
    const written = JSON.parse(s.data.get(PROGRESS_KEY)!);
    expect(written).toMatchObject({ streak: 3, confidence: withReview.confidence, retry: withReview.retry });
    expect(readProgress(s, NOW).progress).toEqual(withReview);
  });

  it('sets aside a retry schedule that is not one (the schema checks the new fields too)', () => {
    const raw = JSON.stringify({ version: 1, ...PROGRESS, confidence: { 'card-cleaning': 'very' } });
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: raw }), NOW).notices[0]).toMatch(/does not look like/);
  });
});
