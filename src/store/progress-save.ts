/**
 * Saving quiz progress when several tabs share one storage: every save re-reads
 * what is stored, merges this tab's progress into it (the first answer to a
 * question wins, results are combined) and applies the change on top, so a tab
 * never writes over answers another tab saved a moment ago.
 */
import { mergeProgress } from './progress-merge';
import {
  decodeProgress,
  encodeProgress,
  newerNotice,
  PROGRESS_KEY,
  setAside,
  type ProgressStorage,
  type QuizProgress,
} from './progress-storage';

export type SaveOutcome =
  /** Written; `progress` is what storage now holds. */
  | { readonly kind: 'saved'; readonly progress: QuizProgress }
  /** The browser refused (full or blocked): `progress` lives in memory; try again at the next change. */
  | { readonly kind: 'failed'; readonly progress: QuizProgress; readonly notice: string }
  /** Another tab of a newer version saved meanwhile: nothing was written; stop saving. */
  | { readonly kind: 'newer'; readonly progress: QuizProgress; readonly notice: string };

export const SAVE_FAILED =
  'Quiz progress could not be saved just now (the browser’s storage is full or blocked). ' +
  'Your answers stay on screen, and Pipeline Lab tries to save again with your next answer.';

/** Re-reads, merges `mine`, applies `change` and writes. Never throws. */
export function saveProgress(
  storage: ProgressStorage,
  mine: QuizProgress,
  change: (merged: QuizProgress) => QuizProgress = (p) => p,
  now: number = Date.now(),
): SaveOutcome {
  let merged = mine;
  let extra: Record<string, unknown> = {};
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    const decoded = raw === null ? null : decodeProgress(raw);
    if (decoded?.kind === 'newer') return { kind: 'newer', progress: change(mine), notice: newerNotice(decoded.version) };
    if (decoded?.kind === 'ok') {
      merged = mergeProgress(decoded.progress, mine);
      extra = decoded.extra;
    } else if (decoded?.kind === 'unreadable') {
      setAside(storage, raw!, now);
    }
  } catch {
    return { kind: 'failed', progress: change(mine), notice: SAVE_FAILED };
  }
  const progress = change(merged);
  try {
    storage.setItem(PROGRESS_KEY, encodeProgress(progress, extra));
    return { kind: 'saved', progress };
  } catch {
    return { kind: 'failed', progress, notice: SAVE_FAILED };
  }
}

/** What storage holds now merged with `mine` (for a tab told that another tab saved), or null if unusable. */
export function readMerged(storage: ProgressStorage, mine: QuizProgress): SaveOutcome | null {
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    const decoded = raw === null ? null : decodeProgress(raw);
    if (decoded?.kind === 'newer') return { kind: 'newer', progress: mine, notice: newerNotice(decoded.version) };
    if (decoded?.kind === 'ok') return { kind: 'saved', progress: mergeProgress(decoded.progress, mine) };
  } catch {
    // Storage became unreadable: keep what this tab has.
  }
  return null;
}
