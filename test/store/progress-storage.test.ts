import { EMPTY_PROGRESS, PROGRESS_KEY, readProgress, writeProgress, type QuizProgress } from '../../src/store/progress-storage';
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
    expect(writeProgress(s, PROGRESS)).toBeNull();
    expect(JSON.parse(s.data.get(PROGRESS_KEY)!).version).toBe(1);
    expect(readProgress(s, NOW)).toEqual({ progress: PROGRESS, notices: [], canSave: true });
  });

  it('starts empty and silent when nothing was saved', () => {
    expect(readProgress(memoryStorage(), NOW)).toEqual({ progress: EMPTY_PROGRESS, notices: [], canSave: true });
  });

  const unreadable: [string, string, RegExp][] = [
    ['corrupted JSON', '{"version":1,"answers":{', /not valid JSON/],
    ['another version', JSON.stringify({ ...PROGRESS, version: 2 }), /another version of Pipeline Lab \(format 2\)/],
    ['a wrong shape', JSON.stringify({ ...PROGRESS, version: 1, answers: { 'card-cleaning': 'E' } }), /does not look like/],
    ['extra fields', JSON.stringify({ ...PROGRESS, version: 1, admin: true }), /does not look like/],
    ['foreign data', '"<script>alert(1)</script>"', /does not look like/],
    ['an array', '[1,2,3]', /does not look like/],
  ];

  it.each(unreadable)('sets %s aside under a backup key, with a notice, and starts fresh', (_name, raw, reason) => {
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    const out = readProgress(s, NOW);
    expect(out.progress).toEqual(EMPTY_PROGRESS);
    expect(out.canSave).toBe(true);
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
    expect(out.canSave).toBe(false);
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
      expect(out.canSave).toBe(false);
      expect(out.notices[0]).toMatch(/lasts only until the tab is closed/);
    }
    expect(s.setItem).not.toHaveBeenCalled();
  });

  it('reports a full or blocked storage when saving, without throwing', () => {
    const s = memoryStorage();
    s.fail.set = true;
    expect(writeProgress(s, PROGRESS)).toMatch(/could not be saved/);
    expect(writeProgress(null, PROGRESS)).toMatch(/could not be saved/);
  });
});
