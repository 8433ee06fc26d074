import { createLabStore } from '../../src/store/lab-store';
import { INITIAL_MONITOR } from '../../src/store/monitor-state';
import { parseHash } from '../../src/store/url-hash';
import { noEngine } from './no-engine';

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('the demo as beats the store steps through', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the live stream to its first alert, pauses it, then moves on', async () => {
    const store = createLabStore(noEngine());
    const startMonitor = vi.fn(async () => store.setState({ monitor: { ...INITIAL_MONITOR, status: 'running' } }));
    const pauseMonitor = vi.fn(() => store.setState((s) => ({ monitor: { ...s.monitor, status: 'paused' } })));
    store.setState({ mode: 'present', step: 6, beat: 0, trainStatus: 'done', servingStatus: 'done', startMonitor, pauseMonitor });
    store.getState().setDemoRunning(true);
    await flush();
    expect(startMonitor).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState()).toMatchObject({ step: 6, beat: 0 });
    store.setState((s) => ({ monitor: { ...s.monitor, firing: ['accuracy_below_threshold'] } }));
    await flush();
    expect(pauseMonitor).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ step: 6, beat: 1, demoRunning: true });
    store.getState().setDemoRunning(false);
  });

  it('plays the trace (a signal its view follows), and a stopped demo leaves the slides where they are', async () => {
    const store = createLabStore(noEngine());
    store.setState({ mode: 'present', step: 7, beat: 0, demoSeconds: 4 });
    store.getState().setDemoRunning(true);
    expect(store.getState().playSignal).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getState().playSignal).toBe(1);
    await vi.advanceTimersByTimeAsync(4000);
    expect(store.getState()).toMatchObject({ step: 7, beat: 1 });
    store.getState().setDemoRunning(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState()).toMatchObject({ step: 7, beat: 1, demoRunning: false });
  });

  it('a link to another mode stops the demo itself, not only its flag', async () => {
    const store = createLabStore(noEngine());
    store.setState({ mode: 'present', step: 0, beat: 0, demoSeconds: 4 });
    store.getState().setDemoRunning(true);
    store.getState().applyLink(parseHash('#v=1&mode=explore&step=cleaning'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState()).toMatchObject({ step: 1, beat: 0, demoRunning: false });
  });

  it('leaving present mode stops the demo and lifts the blank screen', () => {
    const store = createLabStore(noEngine());
    store.getState().setMode('present');
    store.getState().setBlanked(true);
    store.getState().setDemoRunning(true);
    store.getState().setMode('guided');
    expect(store.getState()).toMatchObject({ demoRunning: false, blanked: false });
  });
});
