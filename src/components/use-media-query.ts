/** Whether a CSS media query matches, kept current as the window or the system setting changes (false without matchMedia). */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const mq = window.matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    [query],
  );
  const snapshot = (): boolean => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches;
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

/** A phone held upright: the width under which styles.css stacks and trims the page (its max-width: 480px block). */
export const NARROW_SCREEN = '(max-width: 480px)';
