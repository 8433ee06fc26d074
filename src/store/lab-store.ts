/**
 * The one store: configuration and plain-data results, a slice per concern.
 * It is created with the engine injected and is the only code that calls it
 * (through the LabController it owns); lab-flow.ts chains one result to the
 * next. It never holds tensors or models (those live in the engine).
 *
 * Views reach their store through LabStoreContext: `useLabStore(selector)` to
 * read, `useLabActions()` for the store itself in event handlers.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { EngineApi } from '../worker/protocol';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createFixSlice, type FixSlice } from './fix-slice';
import { createConfigSlice, type ConfigSlice } from './config-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createDeploymentSlice, type DeploymentSlice } from './deployment-slice';
import { LabController } from './lab-controller';
import { createMonitorSlice, type MonitorSlice } from './monitor-slice';
import { createDotSlice, type DotSlice } from './dot-slice';
import { createPredictSlice, type PredictSlice } from './predict-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSlideSlice, type SlideSlice } from './slide-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createTrainingSlice, type TrainingSlice } from './training-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type LabState = ConfigSlice &
  DataSlice &
  TrainingSlice &
  UiSlice &
  QuizSlice &
  DeploymentSlice &
  MonitorSlice &
  SessionSlice &
  DotSlice &
  CompareSlice &
  FixSlice &
  PredictSlice &
  SlideSlice;

export type LabStore = UseBoundStore<StoreApi<LabState>>;

export function createLabStore(engine: EngineApi): LabStore {
  const ctl = new LabController(engine);
  return create<LabState>()((...a) => ({
    ...createConfigSlice(...a),
    ...createDataSlice(ctl)(...a),
    ...createTrainingSlice(ctl)(...a),
    ...createUiSlice(...a),
    ...createQuizSlice(...a),
    ...createDeploymentSlice(ctl)(...a),
    ...createMonitorSlice(ctl)(...a),
    ...createSessionSlice(ctl)(...a),
    ...createDotSlice(ctl)(...a),
    ...createCompareSlice(ctl)(...a),
    ...createFixSlice(ctl)(...a),
    ...createPredictSlice(...a),
    ...createSlideSlice(ctl)(...a),
  }));
}

const LabStoreContext = createContext<LabStore | null>(null);

export function LabStoreProvider({ store, children }: { store: LabStore; children?: ReactNode }) {
  return createElement(LabStoreContext.Provider, { value: store }, children);
}

/** The store the views are rendered with. */
export function useLabActions(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('Views need a <LabStoreProvider> around them');
  return store;
}

/** Reads one value of the store (a narrow selector, or useShallow for several). */
export function useLabStore<T>(selector: (s: LabState) => T): T {
  return useLabActions()(selector);
}
