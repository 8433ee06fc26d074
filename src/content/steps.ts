/** The walkthrough's steps: the seven stages, then the trace, the quiz and the key insight. */
import { STAGE_IDS, STAGE_NAMES, type StageId } from '../pipeline/summary';

export type StepId = StageId | 'trace' | 'quiz' | 'insight';

export interface StepInfo {
  readonly id: StepId;
  readonly title: string;
  /** Short label for the stepper. */
  readonly short: string;
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
];

export const isStageStep = (id: StepId): id is StageId => (STAGE_IDS as readonly string[]).includes(id);
