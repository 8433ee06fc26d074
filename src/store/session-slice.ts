/**
 * The app's own intents that are not one stage's: starting up, applying a
 * link, and the engine queries views page through (rows, validation rows,
 * traces, package files). Views never hold the engine; they ask the store.
 */
import type { StateCreator } from 'zustand';
import { isEmptyDiff } from '../pipeline/contrasts';
import type { PackageDtype, PackageFiles, PackageLatency } from '../ml/package-files';
import type { PredictionTrace } from '../ml/trace';
import { dataIsStale } from '../pipeline/config';
import type { RowsPage, TableName, ValidationRow } from '../worker/protocol';
import { afterConfigChange, afterStepChange } from './lab-flow';
import type { LabController } from './lab-controller';
import type { LabState } from './lab-store';
import type { HashState } from './url-hash';

export interface SessionSlice {
  /** On first show: prepares the data (once) and reads the saved quiz progress. */
  start(): void;
  /** Applies a parsed link: settings, step, view and the notices about it; rebuilds stale data. */
  applyLink(link: HashState): void;
  fetchRows(table: TableName, offset: number, limit: number): Promise<RowsPage>;
  fetchValidationRow(index: number): Promise<ValidationRow>;
  traceRow(values: readonly number[], threshold: number): Promise<PredictionTrace>;
  packageFiles(dtype: PackageDtype, latency: PackageLatency | null): Promise<PackageFiles>;
}

export const createSessionSlice =
  (ctl: LabController): StateCreator<LabState, [], [], SessionSlice> =>
  (set, get) => ({
    start() {
      const s = get();
      if (s.dataStatus === 'idle') void s.prepareData();
      s.loadProgress();
    },
    applyLink({ config, step, mode, hidden, embed, vs, bug, beat, notices }) {
      const prev = get();
      // The demo belongs to present mode (stopping it through its action ends its beats too).
      if (mode !== 'present') prev.setDemoRunning(false);
      // The link's beat (present mode, range-checked by parseHash); otherwise the step's first beat.
      set({ config, step, beat: beat ?? 0, mode, hidden, embed: embed ?? false, knobErrors: {}, compareDiff: vs });
      get().addNotices(notices);
      afterConfigChange(get, prev.config);
      afterStepChange(get, prev.step);
      const now = get();
      if (dataIsStale(now.config, now.preparedConfig)) void now.prepareData();
      // A link to a comparison opens on its two runs (an instructor sends the contrast, not a recipe).
      if (mode === 'compare' && !isEmptyDiff(vs)) void now.runCompare();
      // A link to a Fix-it scenario opens on its symptom (an instructor sends one scenario to the class).
      if (mode === 'fix' && bug && bug !== now.fix.scenario) void now.openFixScenario(bug);
    },
    fetchRows: (table, offset, limit) => ctl.engine.rows(table, offset, limit),
    fetchValidationRow: (index) => ctl.engine.validationRow(index),
    traceRow: (values, threshold) => ctl.engine.trace([...values], threshold),
    packageFiles: (dtype, latency) => ctl.engine.packageFiles(get().config, dtype, latency),
  });
