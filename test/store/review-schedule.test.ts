import {
  AGAIN_WAIT_MS,
  BOX_WAIT_MS,
  dueIds,
  MASTERED_BOX,
  mergeSchedules,
  recordMiss,
  recordRetry,
  waitingIds,
} from '../../src/store/review-schedule';

const T0 = 1_700_000_000_000;
const DAY = 24 * 3600 * 1000;

describe('spaced retry (Leitner boxes, clock injected)', () => {
  it('a quiz miss is due at once, in box 0', () => {
    const s = recordMiss({}, 'card-cleaning', T0);
    expect(s['card-cleaning']).toEqual({ box: 0, due: T0, at: T0, misses: 1 });
    expect(dueIds(s, T0)).toEqual(['card-cleaning']);
    expect(dueIds(s, T0 - 1)).toEqual([]);
  });

  it('each right retry moves up a box and waits longer: 1, 3, then 7 days, then mastered', () => {
    let s = recordMiss({}, 'q', T0);
    let now = T0;
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      s = recordRetry(s, 'q', true, now);
      waits.push(s.q.due - now);
      expect(dueIds(s, now)).toEqual([]);
      expect(waitingIds(s, now)).toEqual(['q']);
      expect(dueIds(s, s.q.due - 1)).toEqual([]);
      now = s.q.due;
      expect(dueIds(s, now)).toEqual(['q']);
    }
    expect(waits).toEqual([DAY, 3 * DAY, 7 * DAY]);
    expect(waits).toEqual(BOX_WAIT_MS.slice(1));
    s = recordRetry(s, 'q', true, now);
    expect(s.q.box).toBe(MASTERED_BOX);
    expect(dueIds(s, Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(waitingIds(s, now)).toEqual([]);
  });

  it('a wrong retry sends it back to box 0, due after a short pause, counting the miss', () => {
    let s = recordRetry(recordMiss({}, 'q', T0), 'q', true, T0);
    s = recordRetry(s, 'q', false, T0 + 2 * DAY);
    expect(s.q).toEqual({ box: 0, due: T0 + 2 * DAY + AGAIN_WAIT_MS, at: T0 + 2 * DAY, misses: 2 });
  });

  it('lists the longest overdue first, ties by id', () => {
    let s = recordMiss({}, 'b', T0);
    s = recordMiss(s, 'a', T0);
    s = recordMiss(s, 'c', T0 - 5);
    expect(dueIds(s, T0)).toEqual(['c', 'a', 'b']);
  });

  it('merges two tabs’ copies by the record changed last', () => {
    const stored = recordMiss(recordMiss({}, 'x', T0), 'y', T0);
    const mine = recordRetry(recordMiss({}, 'x', T0), 'x', true, T0 + 10);
    const merged = mergeSchedules(stored, mine);
    expect(merged.x.box).toBe(1);
    expect(merged.y).toEqual(stored.y);
    expect(mergeSchedules(mine, stored).x.box).toBe(1);
  });
});
