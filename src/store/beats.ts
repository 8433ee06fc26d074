/** The beats of a step of the slides (content/slide-beats.ts), by index into the walkthrough's steps. */
import { SLIDES, type Beat } from '../content/slide-beats';
import { WALK_STEPS } from '../content/steps';

/** A step without slides of its own (none in the walkthrough) shows its page as one beat. */
const PAGE_BEAT: readonly Beat[] = [{ label: 'The step', visual: 'details', cue: 'show', talk: ['The whole step.'] }];

export const beatsOf = (step: number): readonly Beat[] => {
  const id = WALK_STEPS[step]?.id;
  return id && id !== 'review' ? SLIDES[id].beats : PAGE_BEAT;
};
