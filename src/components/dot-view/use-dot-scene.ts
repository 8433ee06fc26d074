/**
 * The one hook that gathers the dot view's data from the store and turns it
 * into the current step's layout (and the layout it enters from). The view
 * and the step's card line and tables read the same store values.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FAULT_KINDS } from '../../pipeline/faults';
import { ROLE_DROPPED, ROLE_TRAIN, type DotData } from '../../pipeline/dot-data';
import { cleaningLayout, BIN_NAMES } from '../../pipeline/dot-layout/layout-cleaning';
import { collectionLayout } from '../../pipeline/dot-layout/layout-collection';
import { featuresLayout } from '../../pipeline/dot-layout/layout-features';
import { trainingLayout, type EpochView } from '../../pipeline/dot-layout/layout-training';
import { validationLayout } from '../../pipeline/dot-layout/layout-validation';
import { deploymentLayout, type QuantizedWeights } from '../../pipeline/dot-layout/layout-deployment';
import type { Box, DotLayout } from '../../pipeline/dot-layout/types';
import { fmtInt } from '../../pipeline/summary';
import type { DataSnapshot } from '../../pipeline/snapshot';
import type { StepId } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';

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

function describer(dots: DotData): (m: number) => string {
  return (m) => {
    const day = Math.min(dots.days, Math.floor(dots.time[m] * dots.days) + 1);
    const parts = [`Row ${fmtInt(m * dots.stride + 1)}: day ${day}`, dots.label[m] ? 'converted' : 'did not convert'];
    if (dots.fault[m]) parts.push(`dropped (${BIN_NAMES[FAULT_KINDS[dots.fault[m] - 1]]})`);
    else if (!Number.isNaN(dots.clickRate[m])) parts.push(`click_rate ${dots.clickRate[m].toFixed(2)}`);
    if (dots.role[m] !== ROLE_DROPPED) parts.push(dots.role[m] === ROLE_TRAIN ? 'training split' : 'validation split');
    return parts.join(' · ');
  };
}

/** What a step's picture is drawn from, beyond the data: each field only for the step that uses it. */
interface SceneInputs {
  readonly epoch: EpochView | null;
  readonly threshold: number | null;
  readonly scores: { y: Float32Array; p: Float32Array } | null;
  readonly quant: QuantizedWeights | null;
}

type Pictures = Pick<DotScene, 'layout' | 'entry'> & { readonly note: string | null };

function picturesFor(step: StepId, snap: DataSnapshot, box: Box, s: SceneInputs): Pictures | null {
  const dots = snap.dots;
  const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };
  const collection = () => collectionLayout(dots, box);
  const cleaning = () => cleaningLayout(dots, snap.cleaning.counts, box);
  const features = () => featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, box);
  switch (step) {
    case 'collection': {
      const layout = collection();
      return { layout, entry: arriving(layout), note: null };
    }
    case 'cleaning':
      return { layout: cleaning(), entry: collection(), note: null };
    case 'features':
      return { layout: features(), entry: cleaning(), note: null };
    case 'training':
      return {
        layout: trainingLayout(dots, split, s.epoch, box),
        entry: s.epoch && s.epoch.epoch > 1 ? trainingLayout(dots, split, null, box) : features(),
        note: null,
      };
    case 'validation': {
      const split0 = trainingLayout(dots, split, null, box);
      if (!s.scores || s.threshold === null)
        return { layout: split0, entry: features(), note: 'Train the model to sort the validation rows.' };
      return { layout: validationLayout(dots, s.scores, s.threshold, box), entry: split0, note: null };
    }
    case 'deployment':
      if (!s.quant) return null;
      return { layout: deploymentLayout(s.quant, true, box), entry: deploymentLayout(s.quant, false, box), note: null };
    default:
      return null;
  }
}

/** Why there is no picture yet on `step`, or null when there is one. */
function waitingText(step: StepId, trained: boolean, status: string): string {
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
  const dots = st.snapshot?.dots;
  const describe = useMemo(() => (dots ? describer(dots) : () => ''), [dots]);
  const available = st.predictions.length;
  const of = st.training ? st.runEpochs : available;
  const shown = step === 'training' ? Math.min(shownEpoch, available) : 0;
  const shownP = shown > 0 ? st.predictions[shown - 1] : null;
  const epoch = useMemo(() => (shownP ? { epoch: shown, of, p: shownP } : null), [shownP, shown, of]);
  const onValidation = step === 'validation';
  const threshold = onValidation ? st.threshold : null;
  const scores = onValidation ? st.scores : null;
  const quant = step === 'deployment' && st.trained ? st.quant : null;
  const snapshot = st.snapshot;
  const pictures = useMemo(
    () => (snapshot?.dots ? picturesFor(step, snapshot, box, { epoch, threshold, scores, quant }) : null),
    [step, snapshot, box, epoch, threshold, scores, quant],
  );
  const scene = useMemo((): DotScene | null => {
    if (!pictures) return null;
    const epochs = step === 'training' && available > 0 ? { available, of } : null;
    const note = step === 'training' && !epochs ? 'Train the model to watch its answers change epoch by epoch.' : pictures.note;
    const describeMark = step === 'deployment' ? describeWeight(pictures.layout) : describe;
    return { layout: pictures.layout, entry: pictures.entry, note, epochs, describe: describeMark };
  }, [pictures, step, available, of, describe]);
  return { scene, waiting: waitingText(step, st.trained, st.quantStatus) };
}

/** Stage 6's marks are weights and validation rows, not collected rows. */
function describeWeight(layout: DotLayout): (m: number) => string {
  const weights = layout.counts.weights ?? 0;
  return (m) =>
    m < weights
      ? `Weight ${fmtInt(m + 1)} of ${fmtInt(weights)}`
      : `Validation row ${fmtInt(m - weights + 1)}${layout.shape[m] === 1 ? ': decision changed by uint8' : ': same decision'}`;
}
