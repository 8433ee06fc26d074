import { spaceDrivesStream, toggleRun } from '../../src/app/use-shortcuts';
import { lab } from '../fixtures/render';
import { SHORTCUTS } from '../../src/content/modes';

function mockActions() {
  const actions = {
    train: vi.fn(async () => {}),
    stopTraining: vi.fn(),
    startMonitor: vi.fn(async () => {}),
    pauseMonitor: vi.fn(),
  };
  lab.setState(actions);
  return actions;
}

beforeEach(() => lab.setState(lab.getInitialState(), true));

describe('Space in present mode', () => {
  it('starts training, stops a run in progress, and waits while the data is prepared', () => {
    const a = mockActions();
    lab.setState({ dataStatus: 'ready' });
    toggleRun(lab.getState());
    expect(a.train).toHaveBeenCalled();
    lab.setState({ trainStatus: 'training' });
    toggleRun(lab.getState());
    expect(a.stopTraining).toHaveBeenCalled();
    lab.setState({ trainStatus: 'idle', dataStatus: 'preparing' });
    toggleRun(lab.getState());
    expect(a.train).toHaveBeenCalledTimes(1);
  });

  it('on the monitoring step with a trained model, starts and pauses the live stream instead', () => {
    const a = mockActions();
    lab.setState({ step: 6, trainStatus: 'done', dataStatus: 'ready' });
    expect(spaceDrivesStream(lab.getState())).toBe(true);
    toggleRun(lab.getState());
    expect(a.startMonitor).toHaveBeenCalled();
    lab.setState({ monitor: { ...lab.getState().monitor, status: 'running' } });
    toggleRun(lab.getState());
    expect(a.pauseMonitor).toHaveBeenCalledTimes(1);
    expect(a.train).not.toHaveBeenCalled();
    lab.setState({ trainStatus: 'idle' });
    expect(spaceDrivesStream(lab.getState())).toBe(false);
    toggleRun(lab.getState());
    expect(a.train).toHaveBeenCalledTimes(1);
  });
});

describe('the shortcuts list', () => {
  it('lists the dot view’s keys, and no key twice (P, R and S do not clash with Present mode’s D, B, F and Space)', () => {
    const keys = SHORTCUTS.map((s) => s.keys);
    expect(keys).toEqual(expect.arrayContaining(['P', 'R', 'S']));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
