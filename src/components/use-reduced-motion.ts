/** True when the learner asked the system for reduced motion. */
import { useMediaQuery } from './use-media-query';

export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
