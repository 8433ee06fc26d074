/** An engine for store tests that never reach it: every call fails (cancel does nothing). */
import { forwardEngine, type EngineApi } from '../../src/worker/protocol';

export const noEngine = (): EngineApi =>
  forwardEngine((name) =>
    name === 'cancel' || name === 'cancelCompare' ? undefined : Promise.reject(new Error(`${name}: no engine in this test`)),
  );
