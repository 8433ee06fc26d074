/**
 * Compare mode: run A (the learner's configuration) and run B (A plus the
 * differences in `compareDiff`), each a complete seeded run in the engine.
 * They have their own request kind ('compare'), so a compare run neither
 * cancels nor is cancelled by the app's own training run; A runs first, then B.
 */
import type { StateCreator } from 'zustand';
import { configB, CONTRASTS, NO_DIFF, sameConfig, type CompareDiff } from '../pipeline/contrasts';
import type { PipelineConfig } from '../pipeline/config';
import type { RunSummary } from '../pipeline/summary';
import { errorMessage, type LabController } from './lab-controller';
import { afterConfigChange } from './lab-flow';
import type { LabState } from './lab-store';

export interface CompareRuns {
  readonly status: 'idle' | 'running' | 'done' | 'error' | 'stopped';
  /** The side being computed while running. */
  readonly running: 'a' | 'b' | null;
  readonly aConfig: PipelineConfig | null;
  readonly bConfig: PipelineConfig | null;
  /** B's differences as they were when the runs started (the package B ships included). */
  readonly diff: CompareDiff;
  readonly a: RunSummary | null;
  readonly b: RunSummary | null;
  readonly error: string | null;
}

export const INITIAL_COMPARE: CompareRuns = {
  status: 'idle',
  running: null,
  aConfig: null,
  bConfig: null,
  diff: NO_DIFF,
  a: null,
  b: null,
  error: null,
};

export interface CompareSlice {
  /** Run B's differences from A (in the link as `vs=`). */
  compareDiff: CompareDiff;
  compare: CompareRuns;
  setCompareDiff(diff: CompareDiff): void;
  /** One click: sets A's side of a ready-made contrast on the configuration and B's difference, then runs both. */
  chooseContrast(id: string): Promise<void>;
  /** Runs A, then B (B reuses A's run when the two configurations are the same). */
  runCompare(): Promise<void>;
  stopCompare(): void;
}

export const createCompareSlice =
  (ctl: LabController): StateCreator<LabState, [], [], CompareSlice> =>
  (set, get) => ({
    compareDiff: NO_DIFF,
    compare: INITIAL_COMPARE,
    setCompareDiff(diff) {
      set({ compareDiff: diff });
    },
    async chooseContrast(id) {
      const contrast = CONTRASTS.find((c) => c.id === id);
      if (!contrast) return;
      const prev = get().config;
      set((s) => ({ config: { ...s.config, ...contrast.a }, compareDiff: contrast.diff }));
      afterConfigChange(get, prev);
      await get().runCompare();
    },
    async runCompare() {
      const mine = ctl.begin('compare');
      const { config: aConfig, compareDiff: diff } = get();
      const bConfig = configB(aConfig, diff);
      set({ compare: { ...INITIAL_COMPARE, status: 'running', running: 'a', aConfig, bConfig, diff } });
      try {
        const a = await ctl.engine.compareRun(aConfig);
        if (!ctl.isCurrent('compare', mine)) return;
        set((s) => ({ compare: { ...s.compare, a, running: 'b' } }));
        const b = sameConfig(aConfig, bConfig) ? a : await ctl.engine.compareRun(bConfig);
        if (!ctl.isCurrent('compare', mine)) return;
        set((s) => ({ compare: { ...s.compare, b, running: null, status: 'done' } }));
      } catch (e) {
        if (ctl.isCurrent('compare', mine))
          set((s) => ({ compare: { ...s.compare, running: null, status: 'error', error: errorMessage(e) } }));
      }
    },
    stopCompare() {
      ctl.begin('compare');
      ctl.engine.cancelCompare();
      set((s) => ({
        compare: { ...s.compare, running: null, status: s.compare.status === 'running' ? 'stopped' : s.compare.status },
      }));
    },
  });
