/**
 * Keeps a tab's quiz progress in step with other tabs: the browser fires
 * `storage` in every other tab of the origin when one of them saves.
 */
import { PROGRESS_KEY } from './progress-storage';

/** Calls `sync` whenever another tab changes the saved progress (or clears storage); returns the unsubscribe. */
export function watchProgress(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, sync: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) sync();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
