import { createLabStore } from '../../src/store/lab-store';
import { noEngine } from './no-engine';
import { DEFAULT_MODE } from '../../src/store/mode-registry';

describe('ui slice: modes, classroom settings and the demo', () => {
  it('starts in the default mode with nothing hidden and no demo', () => {
    const s = createLabStore(noEngine()).getState();
    expect(s).toMatchObject({ mode: DEFAULT_MODE, hidden: [], demoRunning: false, demoSeconds: 8 });
  });

  it('keeps hidden groups known, unique and in canonical order', () => {
    const store = createLabStore(noEngine());
    store.getState().toggleHidden('quiz', true);
    store.getState().toggleHidden('knobs', true);
    store.getState().toggleHidden('knobs', true);
    expect(store.getState().hidden).toEqual(['knobs', 'quiz']);
    store.getState().toggleHidden('knobs', false);
    expect(store.getState().hidden).toEqual(['quiz']);
    store.getState().setHidden(['flow', 'nonsense', 'intro']);
    expect(store.getState().hidden).toEqual(['flow', 'intro']);
  });

  it('stops the demo when leaving present mode', () => {
    const store = createLabStore(noEngine());
    store.getState().setMode('present');
    store.getState().setDemoRunning(true);
    store.getState().setMode('present');
    expect(store.getState().demoRunning).toBe(true);
    store.getState().setMode('guided');
    expect(store.getState().demoRunning).toBe(false);
  });

  it('accepts only the offered demo speeds', () => {
    const store = createLabStore(noEngine());
    store.getState().setDemoSeconds(4);
    store.getState().setDemoSeconds(0);
    store.getState().setDemoSeconds(NaN);
    expect(store.getState().demoSeconds).toBe(4);
  });

  it('shows a notice once, however often the same link is read', () => {
    const store = createLabStore(noEngine());
    store.getState().addNotices(['Rows: 5 is below 100; using 100.', 'Epochs: ignored.']);
    store.getState().addNotices(['Rows: 5 is below 100; using 100.', 'Seed: ignored.', 'Seed: ignored.']);
    expect(store.getState().notices).toEqual(['Rows: 5 is below 100; using 100.', 'Epochs: ignored.', 'Seed: ignored.']);
  });
});
