/**
 * Keeps the URL hash and the store in step: configuration, step and view
 * changes are written back with replaceState (no history spam), and a hash the
 * learner edits is handed to the store as a link to apply (the store decides
 * what that makes stale). The hash at start-up is applied in main.tsx.
 */
import { useEffect } from 'react';
import { useLabActions } from '../store/lab-store';
import { formatHash, parseHash } from '../store/url-hash';

export function useUrlSync(): void {
  const store = useLabActions();
  useEffect(() => {
    const write = () => {
      const { config, step, mode, hidden, embed, compareDiff, fix, beat } = store.getState();
      const next = formatHash(config, step, { mode, hidden, embed }, compareDiff, fix.scenario, beat);
      if (window.location.hash !== next) window.history.replaceState(null, '', next);
    };
    write();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.config !== prev.config ||
        s.step !== prev.step ||
        s.beat !== prev.beat ||
        s.mode !== prev.mode ||
        s.hidden !== prev.hidden ||
        s.embed !== prev.embed ||
        s.compareDiff !== prev.compareDiff ||
        s.fix.scenario !== prev.fix.scenario
      )
        write();
    });
    const onHashChange = () => store.getState().applyLink(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store]);
}
