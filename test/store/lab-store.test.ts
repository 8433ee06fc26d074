import { resolveConfig } from '../../src/pipeline/config';
import type { EpochRecord } from '../../src/pipeline/epochs';
import { dataIsStale } from '../../src/store/data-slice';
import { createLabStore } from '../../src/store/lab-store';
import type { EngineApi, TrainCallbacks, TrainOutcome } from '../../src/worker/protocol';
import { summarizeScores } from '../../src/pipeline/score-summary';

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

/** A hand-driven engine: the test decides when epochs arrive and when training ends. */
function fakeEngine() {
  let callbacks: TrainCallbacks | null = null;
  let finish: ((o: TrainOutcome) => void) | null = null;
  let fail: ((e: Error) => void) | null = null;
  const engine: Pick<EngineApi, 'prepare' | 'train' | 'cancel' | 'deployAndMonitor'> = {
    prepare: vi.fn(async () => ({}) as never),
    train: vi.fn(
      (_c, cb) =>
        new Promise<TrainOutcome>((resolve, reject) => {
          callbacks = cb;
          finish = resolve;
          fail = reject;
        }),
    ),
    cancel: vi.fn(() => fail?.(new Error('Training was cancelled'))),
    deployAndMonitor: vi.fn(async () => ({ deployment: {} as never, monitoring: {} as never, stages: [] })),
  };
  return {
    engine,
    emit: (e: EpochRecord) => callbacks?.onEpoch(e),
    finish: (epochs: EpochRecord[]) =>
      finish?.({
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
    const store = createLabStore();
    expect(store.getState().setKnob('epochs', 12)).toBe(true);
    expect(store.getState().config.epochs).toBe(12);
    expect(store.getState().setKnob('epochs', 0)).toBe(false);
    expect(store.getState().config.epochs).toBe(12);
    expect(store.getState().knobErrors.epochs).toMatch(/between 1 and 200/);
    store.getState().setKnob('epochs', 7);
    expect(store.getState().knobErrors.epochs).toBeUndefined();
  });

  it('refuses NaN and non-integers where whole numbers are needed', () => {
    const store = createLabStore();
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
function preparedStore() {
  const store = createLabStore();
  store.setState({ snapshot: {} as never, preparedConfig: store.getState().config, dataStatus: 'ready' });
  return store;
}

describe('training slice', () => {
  it('streams epochs in, then stores the outcome and the history line', async () => {
    const store = preparedStore();
    const f = fakeEngine();
    const run = store.getState().train(f.engine);
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
    const store = preparedStore();
    const f = fakeEngine();
    const run = store.getState().train(f.engine);
    f.emit(epoch(1));
    f.finish([epoch(1), epoch(2)]);
    await run;
    f.emit(epoch(2)); // the last epoch's message, overtaken by the result
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1, 2]);
  });

  it('a repeated epoch message replaces its row instead of adding one', async () => {
    const store = preparedStore();
    const f = fakeEngine();
    void store.getState().train(f.engine);
    f.emit(epoch(1));
    f.emit(epoch(2));
    f.emit(epoch(2));
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1, 2]);
  });

  it('after Stop, epochs from the stopped run never appear', async () => {
    const store = preparedStore();
    const f = fakeEngine();
    const run = store.getState().train(f.engine);
    f.emit(epoch(1));
    store.getState().stopTraining(f.engine);
    f.emit(epoch(2)); // a late message from the old run
    await run;
    expect(store.getState().trainStatus).toBe('cancelled');
    expect(store.getState().epochs).toEqual([]);
    expect(f.engine.cancel).toHaveBeenCalled();
  });

  it('a new run ignores the previous run’s late epochs', async () => {
    const store = preparedStore();
    const first = fakeEngine();
    void store.getState().train(first.engine);
    const second = fakeEngine();
    void store.getState().train(second.engine);
    first.emit(epoch(9));
    second.emit(epoch(1));
    expect(store.getState().epochs.map((e) => e.epoch)).toEqual([1]);
  });
});

describe('ui slice', () => {
  it('keeps the step within the walkthrough', () => {
    const store = createLabStore();
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
    const store = preparedStore();
    store.getState().setKnob('seed', 7);
    const f = fakeEngine();
    const run = store.getState().train(f.engine);
    await vi.waitFor(() => expect(f.engine.train).toHaveBeenCalled());
    expect(f.engine.prepare).toHaveBeenCalledWith(expect.objectContaining({ seed: 7 }));
    expect(store.getState().preparedConfig?.seed).toBe(7);
    f.finish([epoch(1)]);
    await run;
    expect(store.getState().trainedConfig?.seed).toBe(7);
  });
});
