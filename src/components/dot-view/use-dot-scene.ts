/**
 * The one hook that gathers the dot view's data from the store and turns it
 * into the current step's layout (and the layout it enters from). The view
 * and the step's card line and tables read the same store values.
 */
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FAULT_KINDS } from '../../pipeline/faults';
import { ROLE_DROPPED, ROLE_TRAIN, type DotData } from '../../pipeline/dot-data';
import { cleaningLayout, BIN_NAMES } from '../../pipeline/dot-layout/layout-cleaning';
import { collectionLayout } from '../../pipeline/dot-layout/layout-collection';
import { featuresLayout } from '../../pipeline/dot-layout/layout-features';
import { trainingLayout, type EpochView } from '../../pipeline/dot-layout/layout-training';
import { validationLayout } from '../../pipeline/dot-layout/layout-validation';
import { deploymentLayout, type QuantizedWeights } from '../../pipeline/dot-layout/layout-deployment';
import { fmt, type Box, type DotLayout } from '../../pipeline/dot-layout/types';
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
    const parts = [`Row ${fmt(m * dots.stride + 1)}: day ${day}`, dots.label[m] ? 'converted' : 'did not convert'];
    if (dots.fault[m]) parts.push(`dropped (${BIN_NAMES[FAULT_KINDS[dots.fault[m] - 1]]})`);
    else if (!Number.isNaN(dots.clickRate[m])) parts.push(`click_rate ${dots.clickRate[m].toFixed(2)}`);
    if (dots.role[m] !== ROLE_DROPPED) parts.push(dots.role[m] === ROLE_TRAIN ? 'training split' : 'validation split');
    return parts.join(' · ');
  };
}

function sceneFor(
  step: StepId,
  snap: DataSnapshot,
  box: Box,
  s: {
    threshold: number;
    epoch: EpochView | null;
    scores: { y: Float32Array; p: Float32Array } | null;
    epochs: DotScene['epochs'];
    quant: QuantizedWeights | null;
  },
): Omit<DotScene, 'describe'> | null {
  const dots = snap.dots;
  const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };
  const collection = () => collectionLayout(dots, box);
  const cleaning = () => cleaningLayout(dots, snap.cleaning.counts, box);
  const features = () => featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, box);
  switch (step) {
    case 'collection': {
      const layout = collection();
      return { layout, entry: arriving(layout), epochs: null, note: null };
    }
    case 'cleaning':
      return { layout: cleaning(), entry: collection(), epochs: null, note: null };
    case 'features':
      return { layout: features(), entry: cleaning(), epochs: null, note: null };
    case 'training':
      return {
        layout: trainingLayout(dots, split, s.epoch, box),
        entry: s.epoch && s.epoch.epoch > 1 ? trainingLayout(dots, split, null, box) : features(),
        epochs: s.epochs,
        note: s.epochs ? null : 'Train the model to watch its answers change epoch by epoch.',
      };
    case 'validation': {
      const split0 = trainingLayout(dots, split, null, box);
      if (!s.scores)
        return { layout: split0, entry: features(), epochs: null, note: 'Train the model to sort the validation rows.' };
      return { layout: validationLayout(dots, s.scores, s.threshold, box), entry: split0, epochs: null, note: null };
    }
    case 'deployment':
      if (!s.quant) return null;
      return {
        layout: deploymentLayout(s.quant, true, box),
        entry: deploymentLayout(s.quant, false, box),
        epochs: null,
        note: null,
      };
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

export function useDotScene(step: StepId, box: Box, shownEpoch: number): { scene: DotScene | null; waiting: string } {
  const st = useLabStore(
    useShallow((s) => ({
      snapshot: s.snapshot,
      threshold: s.config.threshold,
      runEpochs: s.config.epochs,
      trainStatus: s.trainStatus,
      predictions: s.epochPredictions,
      scores: s.validationScores,
      trained: s.trainStatus === 'done',
      quant: s.quantView,
      quantStatus: s.quantViewStatus,
      loadQuant: s.loadQuantView,
    })),
  );
  // Stage 6's picture needs one measurement from the engine: asked for when the step shows and the
  // model or the threshold changed since the last one.
  const quantStale = st.quant === null || st.quant.threshold !== st.threshold;
  // Not again after a failure (the step says so instead of retrying in a loop).
  const wantQuant = step === 'deployment' && st.trained && quantStale && (st.quantStatus === 'idle' || st.quantStatus === 'done');
  useEffect(() => {
    if (wantQuant) void st.loadQuant();
  }, [wantQuant, st]);
  const dots = st.snapshot?.dots;
  const describe = useMemo(() => (dots ? describer(dots) : () => ''), [dots]);
  const scene = useMemo(() => {
    if (!st.snapshot?.dots) return null;
    const available = st.predictions.length;
    const of = st.trainStatus === 'training' ? st.runEpochs : available;
    const shown = Math.min(shownEpoch, available);
    const epoch = shown > 0 ? { epoch: shown, of, p: st.predictions[shown - 1] } : null;
    const scene = sceneFor(step, st.snapshot, box, {
      threshold: st.threshold,
      epoch,
      scores: st.scores,
      epochs: available > 0 ? { available, of } : null,
      quant: st.trained ? st.quant : null,
    });
    return scene && { ...scene, describe: step === 'deployment' ? describeWeight(scene.layout) : describe };
  }, [st, step, box, shownEpoch, describe]);
  return { scene, waiting: waitingText(step, st.trained, st.quantStatus) };
}

/** Stage 6's marks are weights and validation rows, not collected rows. */
function describeWeight(layout: DotLayout): (m: number) => string {
  const weights = layout.counts.weights ?? 0;
  return (m) =>
    m < weights
      ? `Weight ${fmt(m + 1)} of ${fmt(weights)}`
      : `Validation row ${fmt(m - weights + 1)}${layout.shape[m] === 1 ? ': decision changed by uint8' : ': same decision'}`;
}
