/**
 * The one hook that gathers the dot view's data from the store and turns it
 * into the current step's layout (and the layout it enters from). The view
 * and the step's card line and tables read the same store values.
 */
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cleaningLayout } from '../../pipeline/dot-layout/layout-cleaning';
import { collectionLayout } from '../../pipeline/dot-layout/layout-collection';
import { featuresLayout } from '../../pipeline/dot-layout/layout-features';
import { trainingLayout, type EpochView } from '../../pipeline/dot-layout/layout-training';
import { validationLayout } from '../../pipeline/dot-layout/layout-validation';
import { deploymentLayout, type QuantizedWeights } from '../../pipeline/dot-layout/layout-deployment';
import { monitoringLayout } from '../../pipeline/dot-layout/layout-monitoring';
import type { LiveView } from '../../pipeline/dot-layout/live-batches';
import { type Box, type DotLayout } from '../../pipeline/dot-layout/types';
import type { ScoreSummary } from '../../pipeline/score-summary';
import type { DataSnapshot } from '../../pipeline/snapshot';
import type { StepId } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';
import { describer, describeLive, describeWeight } from './describe-mark';
import { useLiveView } from './use-live-view';

export interface DotScene {
  readonly layout: DotLayout;
  /** Where the marks start when the step opens or replays (the previous stage's picture). */
  readonly entry: DotLayout;
  readonly describe: (m: number) => string;
  /** Training only: epochs with predictions so far, and the run's epoch count. */
  readonly epochs: { readonly available: number; readonly of: number } | null;
  /** A sentence about what is missing (e.g. no model yet), or null. */
  readonly note: string | null;
}

function arriving(layout: DotLayout): DotLayout {
  // The sessions arrive along the timeline: every mark starts at the left edge of its row.
  return { ...layout, x: new Float32Array(layout.x.length).fill(0) };
}

/** What a step's picture is drawn from, beyond the data: each field only for the step that uses it. */
interface SceneInputs {
  readonly epoch: EpochView | null;
  readonly threshold: number | null;
  readonly scores: { y: Float32Array; p: Float32Array; summary: ScoreSummary } | null;
  readonly quant: QuantizedWeights | null;
  readonly live: LiveView | null;
}

/** The step's end state: rebuilt when what the step draws changes (an epoch, the threshold, a measurement). */
function layoutFor(step: StepId, snap: DataSnapshot, box: Box, s: SceneInputs): DotLayout | null {
  const dots = snap.dots;
  const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };
  switch (step) {
    case 'collection':
      return collectionLayout(dots, box);
    case 'cleaning':
      return cleaningLayout(dots, snap.cleaning.counts, box);
    case 'features':
      return featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, box);
    case 'training':
      return trainingLayout(dots, split, s.epoch, box);
    case 'validation':
      return s.scores && s.threshold !== null
        ? validationLayout(dots, s.scores, s.threshold, box)
        : trainingLayout(dots, split, null, box);
    case 'deployment':
      return s.quant ? deploymentLayout(s.quant, true, box) : null;
    case 'monitoring':
      return s.live ? monitoringLayout(s.live, box) : null;
    default:
      return null;
  }
}

/**
 * Where the step's marks start (the previous stage's picture). It depends only
 * on which kind of start the step has (`kind`), so a threshold step or a new
 * epoch does not rebuild it.
 */
function entryFor(
  step: StepId,
  snap: DataSnapshot,
  box: Box,
  kind: 'first' | 'later',
  quant: QuantizedWeights | null,
  batchRows: number | null,
): DotLayout | null {
  const dots = snap.dots;
  const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };
  const features = () => featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, box);
  switch (step) {
    case 'collection':
      return arriving(collectionLayout(dots, box));
    case 'cleaning':
      return collectionLayout(dots, box);
    case 'features':
      return cleaningLayout(dots, snap.cleaning.counts, box);
    case 'training':
      // Epoch 2 onwards replays from the plain split, the first epoch from the features picture.
      return kind === 'later' ? trainingLayout(dots, split, null, box) : features();
    case 'validation':
      // Scored: the rows leave the split into the confusion cells; unscored: the split forms from the features.
      return kind === 'later' ? trainingLayout(dots, split, null, box) : features();
    case 'deployment':
      return quant ? deploymentLayout(quant, false, box) : null;
    case 'monitoring':
      // The batches stream in from the right edge, each into its column.
      return batchRows === null ? null : monitoringLayout({ ...NO_BATCHES, batchRows }, box);
    default:
      return null;
  }
}

const NO_BATCHES: LiveView = { points: [], log: [], drift: [], rows: 0, faulty: 0, threshold: 0, batchRows: 0 };

/** Why there is no picture yet on `step`, or null when there is one. */
function waitingText(step: StepId, trained: boolean, status: string): string {
  if (step === 'monitoring') return 'Train the model and put it in service to watch live batches arrive.';
  if (step !== 'deployment') return 'Preparing the data…';
  if (!trained) return 'Train the model to see its weights snap onto the uint8 levels.';
  return status === 'error' ? 'The uint8 package could not be measured.' : 'Measuring the uint8 package…';
}

/**
 * The current step's scene. The layouts are rebuilt only when what that step
 * draws changes (an epoch's predictions arriving while an earlier epoch is on
 * screen, or a setting another step reads, keeps the same layout object, so the
 * marks are neither re-laid out nor retargeted).
 */
export function useDotScene(step: StepId, box: Box, shownEpoch: number): { scene: DotScene | null; waiting: string } {
  const st = useLabStore(
    useShallow((s) => ({
      snapshot: s.snapshot,
      threshold: s.config.threshold,
      runEpochs: s.config.epochs,
      training: s.trainStatus === 'training',
      predictions: s.epochPredictions,
      scores: s.validationScores,
      trained: s.trainStatus === 'done',
      quant: s.quantView,
      quantStatus: s.quantViewStatus,
    })),
  );
  // A new data set, threshold or weights picture re-lays out every mark: deferred, so the slider step
  // or the worker's message commits the step's numbers in its own task and the picture follows in a
  // later one (measured at 1,000,000 rows: they had been one task of 100–300 ms under load).
  const snapshot = useDeferredValue(st.snapshot);
  const dots = snapshot?.dots;
  const describe = useMemo(() => (dots ? describer(dots) : () => ''), [dots]);
  const available = st.predictions.length;
  const of = st.training ? st.runEpochs : available;
  const shown = step === 'training' ? Math.min(shownEpoch, available) : 0;
  const shownP = shown > 0 ? st.predictions[shown - 1] : null;
  const epoch = useMemo(() => (shownP ? { epoch: shown, of, p: shownP } : null), [shownP, shown, of]);
  const onValidation = step === 'validation';
  const threshold = useDeferredValue(onValidation ? st.threshold : null);
  const scores = onValidation ? st.scores : null;
  const quant = useDeferredValue(step === 'deployment' && st.trained ? st.quant : null);
  const live = useLiveView(step);
  const batchRows = live?.batchRows ?? null;
  const layout = useMemo(
    () => (snapshot?.dots ? layoutFor(step, snapshot, box, { epoch, threshold, scores, quant, live }) : null),
    [step, snapshot, box, epoch, threshold, scores, quant, live],
  );
  const kind = (step === 'training' ? (epoch?.epoch ?? 0) > 1 : scores !== null) ? 'later' : 'first';
  const entry = useMemo(
    () => (snapshot?.dots ? entryFor(step, snapshot, box, kind, quant, batchRows) : null),
    [step, snapshot, box, kind, quant, batchRows],
  );
  const scene = useMemo((): DotScene | null => {
    if (!layout || !entry) return null;
    const epochs = step === 'training' && available > 0 ? { available, of } : null;
    const note =
      step === 'training' && !epochs
        ? 'Train the model to watch its answers change epoch by epoch.'
        : step === 'validation' && !scores
          ? 'Train the model to sort the validation rows.'
          : null;
    const describeMark = step === 'deployment' ? describeWeight(layout) : step === 'monitoring' ? describeLive(layout) : describe;
    return { layout, entry, note, epochs, describe: describeMark };
  }, [layout, entry, step, available, of, scores, describe]);
  return { scene, waiting: waitingText(step, st.trained, st.quantStatus) };
}
