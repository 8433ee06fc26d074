/** The walkthrough's steps: the seven stages, then the trace, the quiz and the key insight. */
import { STAGE_IDS, STAGE_NAMES, type StageId } from '../pipeline/summary';

export type StepId = StageId | 'trace' | 'quiz' | 'insight' | 'review';

export interface StepInfo {
  readonly id: StepId;
  readonly title: string;
  /** Short label for the stepper. */
  readonly short: string;
  /** Only a mode of its own visits it (review mode); it is not part of the walkthrough. */
  readonly modeOnly?: true;
}

const SHORT: Record<StageId, string> = {
  collection: 'Collect',
  cleaning: 'Clean',
  features: 'Features',
  training: 'Train',
  validation: 'Validate',
  deployment: 'Deploy',
  monitoring: 'Monitor',
};

export const STEPS: readonly StepInfo[] = [
  ...STAGE_IDS.map((id) => ({ id, title: STAGE_NAMES[id], short: SHORT[id] })),
  { id: 'trace', title: 'Prediction Trace', short: 'Trace' },
  { id: 'quiz', title: 'Model Quiz', short: 'Quiz' },
  { id: 'insight', title: 'Key Insight', short: 'Insight' },
  // After the walk, so every walk step keeps its index (links with step= and the stepper's numbers).
  { id: 'review', title: 'Review', short: 'Review', modeOnly: true },
];

/** The walkthrough: every step but the mode-only ones, in order (the stepper numbers them 1 … WALK_STEPS.length). */
export const WALK_STEPS: readonly StepInfo[] = STEPS.filter((s) => !s.modeOnly);

export const isStageStep = (id: StepId): id is StageId => (STAGE_IDS as readonly string[]).includes(id);
