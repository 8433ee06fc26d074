/**
 * Keeps the URL hash and the store in step: the hash is read once at start-up
 * (before the first render) and whenever the learner edits it; configuration,
 * step and view changes are written back with replaceState (no history spam).
 */
import { useEffect } from 'react';
import { dataIsStale } from '../store/data-slice';
import { useLabStore } from '../store/lab-store';
import { formatHash, parseHash } from '../store/url-hash';
import type { EngineApi } from '../worker/protocol';

/** Applies a hash to the store (config, step, mode, classroom settings and any notices about it). */
export function applyHash(hash: string): void {
  const { config, step, mode, hidden, notices } = parseHash(hash);
  const demoRunning = useLabStore.getState().demoRunning && mode === 'present';
  useLabStore.setState({ config, step, mode, hidden, demoRunning, knobErrors: {} });
  useLabStore.getState().addNotices(notices);
}

export function useUrlSync(engine: Pick<EngineApi, 'prepare' | 'cancel'>): void {
  useEffect(() => {
    const write = () => {
      const { config, step, mode, hidden } = useLabStore.getState();
      const next = formatHash(config, step, { mode, hidden });
      if (window.location.hash !== next) window.history.replaceState(null, '', next);
    };
    write();
    const unsubscribe = useLabStore.subscribe((s, prev) => {
      if (s.config !== prev.config || s.step !== prev.step || s.mode !== prev.mode || s.hidden !== prev.hidden) write();
    });
    const onHashChange = () => {
      applyHash(window.location.hash);
      const s = useLabStore.getState();
      if (dataIsStale(s.config, s.preparedConfig)) void s.prepareData(engine);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [engine]);
}
