/** The engine the views use: the worker in the app, a fake or in-process engine in tests. */
import { createContext, useContext } from 'react';
import type { EngineClient } from '../worker/engine-client';

export const EngineContext = createContext<EngineClient | null>(null);

export function useEngine(): EngineClient {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine needs an <EngineContext.Provider>');
  return engine;
}
