/** Steps the dot view draws (kept apart so the lazy wrapper need not load the view to know). */
import type { StepId } from '../../content/steps';

export const DOT_STEP_IDS: readonly StepId[] = [
  'collection',
  'cleaning',
  'features',
  'training',
  'validation',
  'deployment',
  'monitoring',
];
