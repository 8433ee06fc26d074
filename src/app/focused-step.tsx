/**
 * A focused step (Guided and Predict): the hook from this run, what the step
 * teaches, the predict-first prompt, then — once the guess is committed (or
 * skipped, where the mode allows) — one main visual and the step's own
 * control, with the rest of the stage behind "More about this".
 */
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CalibrationSummary } from '../components/calibration-summary';
import { LazyDotView } from '../components/dot-view/lazy-dot-view';
import { PredictPrompt, usePredictGate } from '../components/predict-prompt';
import { PATH_TEXT } from '../content/guided-path';
import { stepHook, type HookFacts } from '../content/step-hooks';
import { STEP_GUIDES } from '../content/step-guides';
import { isStageStep, type StepId } from '../content/steps';
import { CleaningKnobs } from '../stages/cleaning/cleaning-knobs';
import { LiveAccuracy } from '../stages/monitoring/live-accuracy';
import { ServingStatus } from '../stages/shared/serving-status';
import { TrainingControls } from '../stages/training/training-controls';
import { ThresholdSlider } from '../stages/validation/threshold-slider';
import type { LabState } from '../store/lab-store';
import { useLabStore } from '../store/lab-store';
import { PlacedAboveContext, useView, type PlacedPart } from '../store/use-view';

/** The hook's facts as flat primitives (so a shallow comparison keeps the selection stable). */
function hookFacts(s: LabState): Omit<HookFacts, 'hidden'> & { readonly hidden1: number; readonly hidden2: number } {
  const f32 = s.trainStatus === 'done' ? s.deployment.report.value?.variants.find((v) => v.dtype === 'float32') : undefined;
  return {
    rows: s.config.rows,
    faultRate: s.config.faultRate,
    epochs: s.config.epochs,
    hidden1: s.config.hidden1,
    hidden2: s.config.hidden2,
    scenario: s.config.scenario,
    alertThreshold: s.config.alertThreshold,
    users: s.snapshot?.users ?? null,
    trainRows: s.snapshot?.trainRows ?? null,
    validationRows: s.snapshot?.validationRows ?? null,
    columns: s.snapshot?.rawShape[1] ?? null,
    float32Bytes: f32?.totalBytes ?? null,
  };
}

/** What each stage shows above the disclosure besides its dot view, and which parts that takes from the stage. */
const ABOVE: Partial<Record<StepId, { readonly parts: readonly PlacedPart[]; readonly view: () => ReactNode }>> = {
  cleaning: { parts: ['cleaning-knobs'], view: () => <CleaningKnobs brief /> },
  training: { parts: ['training-run'], view: () => <TrainingControls /> },
  validation: {
    parts: ['threshold'],
    view: () => (
      <ModelThen>
        <ThresholdSlider brief />
      </ModelThen>
    ),
  },
  deployment: { parts: [], view: () => <ServingStatus /> },
  monitoring: { parts: ['accuracy-chart', 'stream-button'], view: () => <LiveAccuracy /> },
};

function ModelThen({ children }: { children: ReactNode }) {
  const trained = useLabStore((s) => s.trainStatus === 'done');
  return trained ? children : <ServingStatus />;
}

export function FocusedStep({ id, stage, checkpoint }: { id: StepId; stage: ReactNode; checkpoint: ReactNode }) {
  const view = useView();
  const facts = useLabStore(useShallow(hookFacts));
  const gate = usePredictGate(id);
  const above = ABOVE[id];
  const hook = stepHook(id, { ...facts, hidden: [facts.hidden1, facts.hidden2] });
  return (
    <>
      <section className="step-guide" aria-label="What this step teaches">
        <p className="hook">{hook}</p>
        {view.entry.opening === 'guide' && STEP_GUIDES[id] && <p>{STEP_GUIDES[id]}</p>}
      </section>
      <PredictPrompt step={id} />
      {gate !== 'asking' &&
        (isStageStep(id) ? (
          <>
            <LazyDotView step={id} />
            {above?.view()}
            <details className="more-about">
              <summary>{PATH_TEXT.more}</summary>
              <PlacedAboveContext.Provider value={above?.parts ?? []}>{stage}</PlacedAboveContext.Provider>
            </details>
            {checkpoint}
          </>
        ) : (
          <>
            {id === 'insight' && view.entry.predict !== 'off' && (
              <CalibrationSummary whenEmpty={view.entry.predict === 'required'} />
            )}
            {stage}
            {checkpoint}
          </>
        ))}
    </>
  );
}
