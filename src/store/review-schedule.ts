/**
 * Spaced retry of missed questions as Leitner boxes (pure; the clock is passed in).
 * A miss puts a question in box 0, due at once (a miss during a retry: due after
 * a short pause). Each right retry moves it up one box and waits longer before
 * it is due again: 1, 3, then 7 days. Right from the last box, it is mastered
 * and leaves the retry list (its record stays, so mastery can count it).
 * Keyed by question id; saved in the versioned quiz progress (progress-storage.ts).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Wait before a question in box b is due again, ms (box 0: at once after a quiz miss). */
export const BOX_WAIT_MS: readonly number[] = [0, DAY_MS, 3 * DAY_MS, 7 * DAY_MS];
/** A question moved past the last box is mastered: never due again. */
export const MASTERED_BOX = BOX_WAIT_MS.length;
/** A question missed again during a retry comes back after this pause, not straight away. */
export const AGAIN_WAIT_MS = 10 * MINUTE_MS;

export interface RetryItem {
  /** Leitner box, 0 … MASTERED_BOX. */
  readonly box: number;
  /** When it is due for a retry (ms since 1970). */
  readonly due: number;
  /** When this record last changed (ms since 1970): two tabs' copies merge by it. */
  readonly at: number;
  /** How many times it was answered wrongly. */
  readonly misses: number;
}

export type RetrySchedule = Readonly<Record<string, RetryItem>>;

/** `schedule` with `id` missed at `now`: back to box 0, due after `waitMs`. */
export function recordMiss(schedule: RetrySchedule, id: string, now: number, waitMs = 0): RetrySchedule {
  const misses = (schedule[id]?.misses ?? 0) + 1;
  return { ...schedule, [id]: { box: 0, due: now + waitMs, at: now, misses } };
}

/** `schedule` after a retry of `id` at `now`: up one box when right, back to box 0 (after a pause) when wrong. */
export function recordRetry(schedule: RetrySchedule, id: string, right: boolean, now: number): RetrySchedule {
  const item = schedule[id];
  if (!right) return recordMiss(schedule, id, now, AGAIN_WAIT_MS);
  const box = Math.min(MASTERED_BOX, (item?.box ?? 0) + 1);
  const due = box >= MASTERED_BOX ? Number.MAX_SAFE_INTEGER : now + BOX_WAIT_MS[box];
  // No record yet: a wrong answer saved before the schedule existed, so one miss.
  return { ...schedule, [id]: { box, due, at: now, misses: item?.misses ?? 1 } };
}

/** Ids due for a retry at `now`, the longest overdue first (ties by id, so the order is stable). */
export function dueIds(schedule: RetrySchedule, now: number): string[] {
  return Object.entries(schedule)
    .filter(([, it]) => it.box < MASTERED_BOX && it.due <= now)
    .sort(([a, x], [b, y]) => x.due - y.due || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/** Ids still being retried (not mastered) that are not due yet, soonest first. */
export function waitingIds(schedule: RetrySchedule, now: number): string[] {
  return Object.entries(schedule)
    .filter(([, it]) => it.box < MASTERED_BOX && it.due > now)
    .sort(([, x], [, y]) => x.due - y.due)
    .map(([id]) => id);
}

/** One schedule from two tabs' copies: per question, the record changed last wins (`stored` on a tie). */
export function mergeSchedules(stored: RetrySchedule, mine: RetrySchedule): RetrySchedule {
  const out: Record<string, RetryItem> = { ...stored };
  for (const [id, it] of Object.entries(mine)) if (!out[id] || it.at > out[id].at) out[id] = it;
  return out;
}
