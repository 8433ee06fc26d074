/** The run's settings; every change is validated against the knob registry. */
import type { StateCreator } from 'zustand';
import { DEFAULT_CONFIG, knobProblem, type KnobId, type PipelineConfig } from '../pipeline/config';
import { afterConfigChange } from './lab-flow';
import type { LabState } from './lab-store';

export interface ConfigSlice {
  config: PipelineConfig;
  /** Knob id → why the last value typed for it was rejected (the config keeps its previous value). */
  knobErrors: Partial<Record<KnobId, string>>;
  /** Sets one knob; returns false (and records the reason) when the value is invalid. */
  setKnob<K extends KnobId>(id: K, value: PipelineConfig[K]): boolean;
}

export const createConfigSlice: StateCreator<LabState, [], [], ConfigSlice> = (set, get) => ({
  config: { ...DEFAULT_CONFIG },
  knobErrors: {},
  setKnob(id, value) {
    const problem = knobProblem(id, value);
    if (problem) {
      set((s) => ({ knobErrors: { ...s.knobErrors, [id]: problem } }));
      return false;
    }
    const prev = get().config;
    set((s) => {
      const knobErrors = { ...s.knobErrors };
      delete knobErrors[id];
      return { config: { ...s.config, [id]: value }, knobErrors };
    });
    afterConfigChange(get, prev);
    return true;
  },
});
