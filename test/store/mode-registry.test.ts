import { STEPS } from '../../src/content/steps';
import {
  DEFAULT_MODE,
  HIDE_GROUPS,
  isLearningMode,
  LEARNING_MODES,
  MODES,
  SECTIONS,
  stepAfter,
  viewOf,
  type SectionId,
} from '../../src/store/mode-registry';
import { parseHash } from '../../src/store/url-hash';

const index = (id: string) => STEPS.findIndex((s) => s.id === id);

describe('the mode registry', () => {
  it('the mode ids are exactly the entries, and a link accepts exactly those', () => {
    expect(LEARNING_MODES).toEqual(Object.keys(MODES));
    for (const mode of LEARNING_MODES) {
      expect(isLearningMode(mode)).toBe(true);
      expect(parseHash(`#mode=${mode}`)).toMatchObject({ mode, notices: [] });
    }
    // Ids the coming issues will add are refused until their entry exists.
    for (const mode of ['code', 'constructor', 'toString']) {
      expect(isLearningMode(mode)).toBe(false);
      expect(parseHash(`#mode=${mode}`).notices).toHaveLength(1);
    }
  });

  it('guided shows the guide and the path’s times, and hides the model’s advanced settings, the steps’ own intros and the flow strip; explore shows every setting', () => {
    const guided = viewOf('guided', []);
    const explore = viewOf('explore', []);
    expect(guided.entry.opening).toBe('guide');
    expect(explore.entry.opening).toBe('none');
    const differ = (Object.keys(SECTIONS) as SectionId[]).filter((s) => guided.shows(s) !== explore.shows(s));
    expect(differ.sort()).toEqual(['collection-knobs', 'flow-strip', 'step-intro', 'step-times', 'training-knobs']);
    expect(guided.entry).toMatchObject({ layout: 'focused', predict: 'optional', compactShell: true });
    expect(explore.entry).toMatchObject({ layout: 'full', predict: 'off', compactShell: false });
  });

  it('Guided is the default; Predict asks for a committed guess and hides the data-flow strip (its shapes would answer)', () => {
    expect(DEFAULT_MODE).toBe('guided');
    const predict = viewOf('predict', []);
    expect(predict.entry).toMatchObject({ layout: 'focused', predict: 'required', compactShell: true });
    expect(predict.shows('flow-strip')).toBe(false);
    expect(predict.steps).toEqual(viewOf('guided', []).steps);
  });

  it('compare and fix-it put their panel where the app’s introduction was (it says what the mode is)', () => {
    for (const [mode, panel] of [
      ['compare', 'compare-panel'],
      ['fix', 'fix-panel'],
    ] as const) {
      const view = viewOf(mode, []);
      expect(view.shows(panel)).toBe(true);
      expect(view.shows('intro')).toBe(false);
      expect(view.shows('stepper')).toBe(true);
    }
  });

  it('quiz mode visits only the quiz, without stepper, Back/Next or intro', () => {
    const quiz = viewOf('quiz', []);
    expect(quiz.steps).toEqual([index('quiz')]);
    for (const s of ['stepper', 'step-nav', 'intro', 'flow-strip'] as const) expect(quiz.shows(s)).toBe(false);
    expect(stepAfter(quiz, 0, 1)).toBe(0);
  });

  it('each classroom setting hides exactly the sections of its group, in every mode', () => {
    for (const mode of LEARNING_MODES) {
      for (const group of HIDE_GROUPS) {
        const open = viewOf(mode, []);
        const hidden = viewOf(mode, [group]);
        for (const s of Object.keys(SECTIONS) as SectionId[]) {
          expect(hidden.shows(s)).toBe(open.shows(s) && SECTIONS[s] !== group);
        }
      }
    }
  });

  it('a hidden quiz leaves the walk: Next and Back step over it', () => {
    const view = viewOf('explore', ['quiz']);
    expect(view.steps).not.toContain(index('quiz'));
    expect(stepAfter(view, index('trace'), 1)).toBe(index('insight'));
    expect(stepAfter(view, index('insight'), -1)).toBe(index('trace'));
    // From the hidden step itself (a link straight to it), Next and Back still lead somewhere.
    expect(stepAfter(view, index('quiz'), 1)).toBe(index('insight'));
    expect(stepAfter(view, index('quiz'), -1)).toBe(index('trace'));
    expect(stepAfter(viewOf('explore', []), index('trace'), 1)).toBe(index('quiz'));
  });

  it('review mode visits only its own step, which no other mode’s walk includes', () => {
    const review = STEPS.findIndex((s) => s.id === 'review');
    expect(viewOf('review', []).steps).toEqual([review]);
    expect(viewOf('review', []).entry.next).toBe('none');
    for (const mode of LEARNING_MODES.filter((m) => m !== 'review')) expect(viewOf(mode, []).steps).not.toContain(review);
  });
});
