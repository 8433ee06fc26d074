import type { EpochRecord } from '../../src/pipeline/epochs';
import { dataIsStale, resolveConfig, type PipelineConfig } from '../../src/pipeline/config';
import { createLabStore } from '../../src/store/lab-store';
import type { EngineApi, TrainCallbacks, TrainOutcome } from '../../src/worker/protocol';
import { summarizeScores } from '../../src/pipeline/score-summary';
import { noEngine } from './no-engine';

const scored = (y: number[], p: number[]) => ({
  y: Float32Array.from(y),
  p: Float32Array.from(p),
  summary: summarizeScores(y, p),
});

const epoch = (n: number): EpochRecord => ({
  epoch: n,
  loss: 0.5,
  accuracy: 0.8,
  valLoss: 0.5,
  valAccuracy: 0.8,
  observation: 'x',
});

interface Run {
  readonly callbacks: TrainCallbacks;
  readonly resolve: (o: TrainOutcome) => void;
  readonly reject: (e: Error) => void;
}

/** A hand-driven engine: the test decides when epochs arrive and when each training run ends. */
function fakeEngine() {
  const runs: Run[] = [];
  const engine = {
    ...noEngine(),
    prepare: vi.fn(async () => ({}) as never),
    train: vi.fn(
      (_c: PipelineConfig, callbacks: TrainCallbacks) =>
        new Promise<TrainOutcome>((resolve, reject) => runs.push({ callbacks, resolve, reject })),
    ),
    // Like the real engine: the cancelled run's promise rejects.
    cancel: vi.fn(() => runs.at(-1)?.reject(new Error('Training was cancelled'))),
    deploymentReport: vi.fn(async (c: PipelineConfig) => ({ threshold: c.threshold, summary: {} }) as never),
    monitorCheck: vi.fn(async (c: PipelineConfig) => ({ scenario: c.scenario }) as never),
    reproducibilityCheck: vi.fn(async () => ({}) as never),
  } satisfies EngineApi;
  return {
    engine,
    runs,
    emit: (e: EpochRecord, run = runs.at(-1)) => run?.callbacks.onEpoch(e),
    finish: (epochs: EpochRecord[], run = runs.at(-1)) =>
      run?.resolve({
        epochs,
        backend: { backend: 'cpu', reason: 'test', attempts: [] },
        ms: 1,
        validation: scored([1, 0], [0.9, 0.2]),
        training: scored([1], [0.8]),
      }),
  };
}

describe('config slice', () => {
  it('accepts a valid knob value and refuses an invalid one, keeping the old value with a reason', () => {
    const store = createLabStore(noEngine());
    expect(store.getState().setKnob('epochs', 12)).toBe(true);
    expect(store.getState().config.epochs).toBe(12);
    expect(store.getState().setKnob('epochs', 0)).toBe(false);
    expect(store.getState().config.epochs).toBe(12);
    expect(store.getState().knobErrors.epochs).toMatch(/between 1 and 200/);
    store.getState().setKnob('epochs', 7);
    expect(store.getState().knobErrors.epochs).toBeUndefined();
  });

  it('refuses NaN and non-integers where whole numbers are needed', () => {
    const store = createLabStore(noEngine());
    expect(store.getState().setKnob('rows', NaN)).toBe(false);
    expect(store.getState().setKnob('rows', 1500.5)).toBe(false);
    expect(store.getState().config.rows).toBe(10_000);
  });
});

describe('data staleness', () => {
  it('is stale only when a data setting differs from the prepared one', () => {
    const a = resolveConfig({});
    expect(dataIsStale(a, null)).toBe(false);
    expect(dataIsStale({ ...a, epochs: 9 }, a)).toBe(false);
    expect(dataIsStale({ ...a, seed: 9 }, a)).toBe(true);
    expect(dataIsStale({ ...a, useEngineered: false }, a)).toBe(true);
  });
});

/** A store whose data is already prepared for its config (so train() goes straight to training). */
function preparedStore(engine: EngineApi = noEngine()) {
  const store = createLabStore(engine);
  store.setState({ snapshot: {} as never, preparedConfig: store.getState().config, dataStatus: 'ready' });
  return store;
}

describe('training slice', () => {
  it('streams epochs in, then stores the outcome and the history line', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    expect(store.getState().trainStatus).toBe('training');
    f.emit(epoch(1));
    f.emit(epoch(2));
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1, 2]);
    f.finish([epoch(1), epoch(2)]);
    await run;
    expect(store.getState().trainStatus).toBe('done');
    expect(store.getState().validationScores?.p).toHaveLength(2);
    expect(store.getState().history).toHaveLength(1);
  });

  it('an epoch message that arrives after the result (comlink callbacks use their own port) adds no row', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    f.emit(epoch(1));
    f.finish([epoch(1), epoch(2)]);
    await run;
    f.emit(epoch(2)); // the last epoch's message, overtaken by the result
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1, 2]);
  });

  it('a repeated epoch message replaces its row instead of adding one', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    void store.getState().train();
    f.emit(epoch(1));
    f.emit(epoch(2));
    f.emit(epoch(2));
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1, 2]);
  });

  it('after Stop, epochs from the stopped run never appear', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    f.emit(epoch(1));
    store.getState().stopTraining();
    f.emit(epoch(2)); // a late message from the old run
    await run;
    expect(store.getState().trainStatus).toBe('cancelled');
    expect(store.getState().epochs).toEqual([]);
    expect(f.engine.cancel).toHaveBeenCalled();
  });

  it('a new run ignores the previous run’s late epochs', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    void store.getState().train();
    void store.getState().train();
    const [first, second] = f.runs;
    f.emit(epoch(9), first);
    f.emit(epoch(1), second);
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1]);
  });
});

describe('ui slice', () => {
  it('keeps the step within the walkthrough', () => {
    const store = createLabStore(noEngine());
    store.getState().back();
    expect(store.getState().step).toBe(0);
    store.getState().goTo(99);
    expect(store.getState().step).toBe(9);
    store.getState().next();
    expect(store.getState().step).toBe(9);
  });
});

describe('training on stale data', () => {
  it('rebuilds the data first when a data setting changed, then trains', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    store.getState().setKnob('seed', 7);
    const run = store.getState().train();
    await vi.waitFor(() => expect(f.engine.train).toHaveBeenCalled());
    expect(f.engine.prepare).toHaveBeenCalledWith(expect.objectContaining({ seed: 7 }));
    expect(store.getState().preparedConfig?.seed).toBe(7);
    f.finish([epoch(1)]);
    await run;
    expect(store.getState().trainedConfig?.seed).toBe(7);
  });
});

describe('the controller', () => {
  it('one Train: one training run, one deployment report, one check run — and opening stage 6 measures nothing again', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    f.finish([epoch(1)]);
    await run;
    expect(store.getState().servingStatus).toBe('done');
    store.getState().goTo(5);
    await vi.waitFor(() => expect(store.getState().deployment.repro.status).toBe('done'));
    expect(f.engine.train).toHaveBeenCalledTimes(1);
    expect(f.engine.deploymentReport).toHaveBeenCalledTimes(1);
    expect(f.engine.monitorCheck).toHaveBeenCalledTimes(1);
    expect(f.engine.reproducibilityCheck).toHaveBeenCalledTimes(1);
  });

  it('a new decision threshold on stage 6 measures the report again, once', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    f.finish([epoch(1)]);
    await run;
    store.getState().goTo(5);
    store.getState().setKnob('threshold', 0.4);
    await vi.waitFor(() => expect(store.getState().deployment.report.value?.threshold).toBe(0.4));
    expect(f.engine.deploymentReport).toHaveBeenCalledTimes(2);
  });

  it('Stop is explicit: the cancelled run ends as cancelled whatever its rejection says', async () => {
    const f = fakeEngine();
    f.engine.cancel.mockImplementation(() => f.runs.at(-1)?.reject(new Error('socket closed')));
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    store.getState().stopTraining();
    await run;
    expect(store.getState().trainStatus).toBe('cancelled');
  });

  it('a failure whose message mentions cancelling is still a failure (no matching on error text)', async () => {
    const f = fakeEngine();
    const store = preparedStore(f.engine);
    const run = store.getState().train();
    f.runs[0].reject(new Error('The WebGL context was cancelled by the driver'));
    await run;
    expect(store.getState().trainStatus).toBe('error');
    expect(f.engine.deploymentReport).not.toHaveBeenCalled();
  });

  it('two stores never share a request token or a timer', async () => {
    const a = fakeEngine();
    const b = fakeEngine();
    const storeA = preparedStore(a.engine);
    const storeB = preparedStore(b.engine);
    const runA = storeA.getState().train();
    void storeB.getState().train(); // would supersede A's run if the token were shared
    a.emit(epoch(1));
    a.finish([epoch(1)]);
    await runA;
    expect(storeA.getState().trainStatus).toBe('done');
    expect(storeB.getState().trainStatus).toBe('training');
  });

  it('the live stream pauses when the monitoring step stops being shown: another step, or a mode without it', () => {
    const store = createLabStore(noEngine());
    const pauseMonitor = vi.fn();
    store.setState({ pauseMonitor });
    store.getState().goTo(6);
    store.getState().setMode('guided');
    expect(pauseMonitor).not.toHaveBeenCalled();
    store.getState().setMode('quiz');
    expect(pauseMonitor).toHaveBeenCalledTimes(1);
    store.getState().setMode('explore');
    store.getState().goTo(5);
    expect(pauseMonitor).toHaveBeenCalledTimes(2);
  });
});
