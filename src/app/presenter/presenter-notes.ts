/** What the presenter view shows for a slide position: the beat, the next one, and the class plan's clock. */
import { CLASS_MINUTES, SLIDES, type Beat } from '../../content/slide-beats';
import { WALK_STEPS } from '../../content/steps';
import type { SlideState } from '../../store/presenter-sync';

export interface BeatRef {
  readonly step: number;
  readonly beat: number;
  readonly title: string;
  readonly info: Beat;
  readonly count: number;
}

const ref = (step: number, beat: number): BeatRef | null => {
  const s = WALK_STEPS[step];
  const beats = s && s.id !== 'review' ? SLIDES[s.id].beats : [];
  const info = beats[beat];
  return s && info ? { step, beat, title: s.title, info, count: beats.length } : null;
};

export const currentBeat = (slide: SlideState): BeatRef | null => ref(slide.step, slide.beat);

/** The beat PageDown leads to: the next beat of the step, or the first beat of the next step the slides visit. */
export function nextBeat(slide: SlideState): BeatRef | null {
  const here = ref(slide.step, slide.beat + 1);
  if (here) return here;
  const at = slide.steps.indexOf(slide.step);
  const following = at === -1 ? slide.steps.find((i) => i > slide.step) : slide.steps[at + 1];
  return following === undefined ? null : ref(following, 0);
}

/** Minutes into the class plan at which the step starts (the plan gives each step its minutes, 50 in all). */
export function planStart(step: number): number {
  return WALK_STEPS.slice(0, step).reduce((sum, s) => sum + (s.id === 'review' ? 0 : SLIDES[s.id].minutes), 0);
}

/** "3 min behind the plan", "on plan", … for `elapsedMs` into the class while on `step`. */
export function planLine(step: number, elapsedMs: number): string {
  const id = WALK_STEPS[step]?.id;
  if (!id || id === 'review') return '';
  const start = planStart(step);
  const end = start + SLIDES[id].minutes;
  const minutes = elapsedMs / 60_000;
  const whole = (n: number) => `${Math.round(n)} min`;
  const where =
    minutes > end
      ? `${whole(minutes - end)} behind the plan`
      : minutes < start - 1
        ? `${whole(start - minutes)} ahead of the plan`
        : 'on plan';
  return `This step: minutes ${start}–${end} of ${CLASS_MINUTES}. ${where[0].toUpperCase()}${where.slice(1)}.`;
}

export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
