/** The beats of a step of the slides (content/slide-beats.ts), by index into STEPS. */
import { SLIDES } from '../content/slide-beats';
import { STEPS } from '../content/steps';

export const beatsOf = (step: number) => SLIDES[STEPS[step]?.id ?? 'collection'].beats;
