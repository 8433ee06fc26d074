import { CLASS_MINUTES, SLIDES } from '../../../src/content/slide-beats';
import { WALK_STEPS as STEPS } from '../../../src/content/steps';
import { clock, currentBeat, nextBeat, planLine, planStart } from '../../../src/app/presenter/presenter-notes';

const ALL = STEPS.map((_, i) => i);
const at = (step: number, beat: number, steps = ALL) => ({ step, beat, demoRunning: false, trainStatus: 'idle', steps });

describe('presenter notes', () => {
  it('every step has beats with talking points, a question with its answer, and the plan adds up to the class', () => {
    for (const s of STEPS) {
      if (s.id === 'review') continue;
      const slides = SLIDES[s.id];
      expect(slides.beats.length, s.id).toBeGreaterThan(0);
      for (const b of slides.beats) expect(b.talk.length, `${s.id}: ${b.label}`).toBeGreaterThan(0);
      expect(slides.ask.question).toMatch(/\?$/);
      expect(slides.ask.answer.length).toBeGreaterThan(10);
    }
    expect(STEPS.reduce((sum, s) => sum + (s.id === 'review' ? 0 : SLIDES[s.id].minutes), 0)).toBe(CLASS_MINUTES);
  });

  it('current and next beat, across steps and past a step the slides skip', () => {
    expect(currentBeat(at(3, 1))?.info.cue).toBe('train');
    expect(nextBeat(at(0, 0))).toMatchObject({ step: 0, beat: 1 });
    expect(nextBeat(at(0, 1))).toMatchObject({ step: 1, beat: 0, title: 'Data Cleaning' });
    const withoutQuiz = ALL.filter((i) => STEPS[i].id !== 'quiz');
    expect(nextBeat(at(7, 1, withoutQuiz))).toMatchObject({ step: 9 });
    expect(nextBeat(at(9, 0))).toBeNull();
    expect(currentBeat(at(42, 0))).toBeNull();
  });

  it('the clock against the 50-minute plan', () => {
    expect(planStart(0)).toBe(0);
    expect(planStart(3)).toBe(SLIDES.collection.minutes + SLIDES.cleaning.minutes + SLIDES.features.minutes);
    expect(planLine(0, 60_000)).toBe('This step: minutes 0–4 of 50. On plan.');
    expect(planLine(0, 10 * 60_000)).toBe('This step: minutes 0–4 of 50. 6 min behind the plan.');
    expect(planLine(3, 0)).toMatch(/14 min ahead of the plan/);
    expect(clock(61_500)).toBe('1:01');
    expect(clock(-5)).toBe('0:00');
  });
});
