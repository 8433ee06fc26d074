/**
 * The guided lesson's pacing: minutes per step (reading at 230 words a
 * minute, the predict-first prompt and the step's one action), adding up to the
 * lesson card's ~12 minutes. The README gives the measured reading length.
 */
import type { StepId } from './steps';

export const STEP_MINUTES: Readonly<Record<StepId, number>> = {
  collection: 1,
  cleaning: 1,
  features: 1,
  training: 2,
  validation: 1.5,
  deployment: 1,
  monitoring: 1.5,
  trace: 1,
  quiz: 1.5,
  insight: 0.5,
  // Review mode's own step, not part of the guided walk: it adds nothing to the 12 minutes.
  review: 0,
};

export const TOTAL_MINUTES = Object.values(STEP_MINUTES).reduce((a, b) => a + b, 0);

/** "1½ min" for the path's labels. */
export function minutesText(m: number): string {
  const whole = Math.floor(m);
  const half = m - whole >= 0.5 ? '½' : '';
  return `${whole === 0 && half ? '' : whole}${half} min`;
}

export const PATH_TEXT = {
  here: 'You are here',
  left: (m: number) => `about ${minutesText(m)} left of ${minutesText(TOTAL_MINUTES)}`,
  more: 'More about this',
} as const;
