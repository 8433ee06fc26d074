import { spaceDrivesStream, toggleRun, type RunEngine } from '../../src/app/use-shortcuts';
import { useLabStore } from '../../src/store/lab-store';

const engine = {} as RunEngine;

function mockActions() {
  const actions = {
    train: vi.fn(async () => {}),
    stopTraining: vi.fn(),
    startMonitor: vi.fn(async () => {}),
    pauseMonitor: vi.fn(),
  };
  useLabStore.setState(actions);
  return actions;
}

beforeEach(() => useLabStore.setState(useLabStore.getInitialState(), true));

describe('Space in present mode', () => {
  it('starts training, stops a run in progress, and waits while the data is prepared', () => {
    const a = mockActions();
    useLabStore.setState({ dataStatus: 'ready' });
    toggleRun(engine);
    expect(a.train).toHaveBeenCalledWith(engine);
    useLabStore.setState({ trainStatus: 'training' });
    toggleRun(engine);
    expect(a.stopTraining).toHaveBeenCalledWith(engine);
    useLabStore.setState({ trainStatus: 'idle', dataStatus: 'preparing' });
    toggleRun(engine);
    expect(a.train).toHaveBeenCalledTimes(1);
  });

  it('on the monitoring step with a trained model, starts and pauses the live stream instead', () => {
    const a = mockActions();
    useLabStore.setState({ step: 6, trainStatus: 'done', dataStatus: 'ready' });
    expect(spaceDrivesStream(useLabStore.getState())).toBe(true);
    toggleRun(engine);
    expect(a.startMonitor).toHaveBeenCalledWith(engine);
    useLabStore.setState({ monitor: { ...useLabStore.getState().monitor, status: 'running' } });
    toggleRun(engine);
    expect(a.pauseMonitor).toHaveBeenCalledTimes(1);
    expect(a.train).not.toHaveBeenCalled();
    useLabStore.setState({ trainStatus: 'idle' });
    expect(spaceDrivesStream(useLabStore.getState())).toBe(false);
    toggleRun(engine);
    expect(a.train).toHaveBeenCalledTimes(1);
  });
});
