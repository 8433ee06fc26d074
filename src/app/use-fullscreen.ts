/** Full screen for the whole page, guarded: some browsers lack the API or refuse the request. */
import { useCallback, useEffect, useState } from 'react';
import { PRESENTER_TEXT } from '../content/modes';

export interface Fullscreen {
  readonly active: boolean;
  /** Why the last request failed, in words; null when it did not. */
  readonly problem: string | null;
  readonly toggle: () => void;
}

export function useFullscreen(): Fullscreen {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    setProblem(null);
    const refused = () => setProblem(PRESENTER_TEXT.refused);
    try {
      if (document.fullscreenElement) {
        void document.exitFullscreen?.()?.catch(refused);
        return;
      }
      const root = document.documentElement;
      if (typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
        setProblem(PRESENTER_TEXT.noFullscreen);
        return;
      }
      void root.requestFullscreen()?.catch(refused);
    } catch {
      refused();
    }
  }, []);
  return { active, problem, toggle };
}
