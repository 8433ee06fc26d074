/**
 * Fix-it mode: the open scenario, its run with the planted bug, the learner's
 * tries (which stage, what is wrong) and time, and the run with the fix. The
 * view judges an answer against the scenario's content and sends the result as
 * an intent; this slice records it and reruns the pipeline when the fix is applied.
 */
import type { StateCreator } from 'zustand';
import type { FixOutcome } from '../ml/fix-run';
import type { FixScenarioId } from '../pipeline/fix-plants';
import { errorMessage, type LabController } from './lab-controller';
import type { LabState } from './lab-store';

export interface FixProgress {
  readonly scenario: FixScenarioId | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'fixing' | 'solved' | 'error';
  readonly bug: FixOutcome | null;
  readonly fixed: FixOutcome | null;
  readonly stageFound: boolean;
  readonly causeFound: boolean;
  /** Wrong answers so far, per question. */
  readonly stageTries: number;
  readonly causeTries: number;
  /** ms since 1970 (Date.now) when the symptom was shown, and when the fix's rerun showed it gone. */
  readonly startedAt: number | null;
  readonly solvedAt: number | null;
  readonly error: string | null;
}

export const INITIAL_FIX: FixProgress = {
  scenario: null,
  status: 'idle',
  bug: null,
  fixed: null,
  stageFound: false,
  causeFound: false,
  stageTries: 0,
  causeTries: 0,
  startedAt: null,
  solvedAt: null,
  error: null,
};

export interface FixSlice {
  fix: FixProgress;
  /** Scenarios solved this session (hints fade as this grows). */
  fixSolved: FixScenarioId[];
  /** Opens a scenario: runs its pipeline with the planted bug (seeded by the configuration's seed). */
  openFixScenario(id: FixScenarioId): Promise<void>;
  /** Records an answer the view judged: to "which stage?" or "what is wrong?". */
  fixAnswer(question: 'stage' | 'cause', correct: boolean): void;
  /** Applies the fix (once both answers are found): reruns the pipeline without the bug. */
  applyFix(): Promise<void>;
}

export const createFixSlice =
  (ctl: LabController): StateCreator<LabState, [], [], FixSlice> =>
  (set, get) => ({
    fix: INITIAL_FIX,
    fixSolved: [],
    async openFixScenario(id) {
      const mine = ctl.begin('fix');
      set({ fix: { ...INITIAL_FIX, scenario: id, status: 'loading' } });
      try {
        const bug = await ctl.engine.fixRun(id, false, get().config.seed);
        if (!ctl.isCurrent('fix', mine)) return;
        set((s) => ({ fix: { ...s.fix, bug, status: 'ready', startedAt: Date.now() } }));
      } catch (e) {
        if (ctl.isCurrent('fix', mine)) set((s) => ({ fix: { ...s.fix, status: 'error', error: errorMessage(e) } }));
      }
    },
    fixAnswer(question, correct) {
      set((s) => {
        if (s.fix.status !== 'ready') return {};
        if (question === 'stage')
          return { fix: { ...s.fix, stageFound: s.fix.stageFound || correct, stageTries: s.fix.stageTries + (correct ? 0 : 1) } };
        return { fix: { ...s.fix, causeFound: s.fix.causeFound || correct, causeTries: s.fix.causeTries + (correct ? 0 : 1) } };
      });
    },
    async applyFix() {
      const { fix } = get();
      if (fix.status !== 'ready' || !fix.scenario || !fix.stageFound || !fix.causeFound) return;
      const mine = ctl.current('fix');
      const id = fix.scenario;
      set((s) => ({ fix: { ...s.fix, status: 'fixing' } }));
      try {
        const fixed = await ctl.engine.fixRun(id, true, get().config.seed);
        if (!ctl.isCurrent('fix', mine)) return;
        set((s) => ({
          fix: { ...s.fix, fixed, status: 'solved', solvedAt: Date.now() },
          fixSolved: s.fixSolved.includes(id) ? s.fixSolved : [...s.fixSolved, id],
        }));
      } catch (e) {
        if (ctl.isCurrent('fix', mine)) set((s) => ({ fix: { ...s.fix, status: 'error', error: errorMessage(e) } }));
      }
    },
  });
