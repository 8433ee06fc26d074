/** Steps the dot view draws: every stage (kept apart so the lazy wrapper need not load the view to know). */
import type { StepId } from '../../content/steps';
import { STAGE_IDS } from '../../pipeline/summary';

export const DOT_STEP_IDS: readonly StepId[] = STAGE_IDS;
