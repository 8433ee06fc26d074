/** Routes a step id to its view, with what the mode opens it with (the guide) and the checkpoint that ends it. */
import { lazy, memo, Suspense } from 'react';
import { SHELL_TEXT } from '../content/modes';
import { NothingToShow } from './classroom-settings';
import { STEP_GUIDES } from '../content/step-guides';
import { isStageStep, type StepId } from '../content/steps';
import { CleaningStage } from '../stages/cleaning/cleaning-stage';
import { CollectionStage } from '../stages/collection/collection-stage';
import { FeaturesStage } from '../stages/features/features-stage';
import { Checkpoint } from '../stages/quiz/checkpoint';
import { TrainingStage } from '../stages/training/training-stage';
import { ValidationStage } from '../stages/validation/validation-stage';
import { useLabStore } from '../store/lab-store';
import { useView } from '../store/use-view';
import { LazyDotView } from '../components/dot-view/lazy-dot-view';
import { FocusedStep } from './focused-step';

// The later steps load on demand (the service worker precaches them for offline use): the first
// screen's JavaScript stays under its 150 kB budget.
const DeploymentStage = lazy(() => import('../stages/deployment/deployment-stage').then((m) => ({ default: m.DeploymentStage })));
const MonitoringStage = lazy(() => import('../stages/monitoring/monitoring-stage').then((m) => ({ default: m.MonitoringStage })));
const TraceStep = lazy(() => import('../stages/trace/trace-step').then((m) => ({ default: m.TraceStep })));
const QuizStep = lazy(() => import('../stages/quiz/quiz-step').then((m) => ({ default: m.QuizStep })));
const InsightStep = lazy(() => import('../stages/insight/insight-step').then((m) => ({ default: m.InsightStep })));
/** Code mode's snippets (and the templates they are filled from) load only in that mode. */
const CodePanel = lazy(() => import('../stages/code/code-panel'));
const ReviewStep = lazy(() => import('../stages/quiz/review/review-step').then((m) => ({ default: m.ReviewStep })));

function StageView({ id }: { id: StepId }) {
  return (
    <Suspense fallback={<p className="muted">{SHELL_TEXT.loadingStep}</p>}>
      <StageSwitch id={id} />
    </Suspense>
  );
}

function StageSwitch({ id }: { id: StepId }) {
  switch (id) {
    case 'collection':
      return <CollectionStage />;
    case 'cleaning':
      return <CleaningStage />;
    case 'features':
      return <FeaturesStage />;
    case 'training':
      return <TrainingStage />;
    case 'validation':
      return <ValidationStage />;
    case 'deployment':
      return <DeploymentStage />;
    case 'monitoring':
      return <MonitoringStage />;
    case 'trace':
      return <TraceStep />;
    case 'quiz':
      return <QuizStep />;
    case 'insight':
      return <InsightStep />;
    case 'review':
      return <ReviewStep />;
  }
}

/** Memoised: the shell re-renders on every step click, the step only when its id changes (app.tsx defers it). */
export const StepView = memo(function StepView({ id }: { id: StepId }) {
  const view = useView();
  const mode = useLabStore((s) => s.mode);
  const quizShown = view.shows('quiz');
  if (id === 'quiz' && !quizShown) return mode === 'quiz' ? <NothingToShow /> : <p className="notice">{SHELL_TEXT.quizHidden}</p>;
  const checkpoint = (isStageStep(id) || id === 'trace') && quizShown ? <Checkpoint key={id} step={id} /> : null;
  if (view.entry.layout === 'focused') return <FocusedStep id={id} stage={<StageView id={id} />} checkpoint={checkpoint} />;
  return (
    <>
      {view.entry.opening === 'guide' && (
        <section className="step-guide" aria-label="What this step teaches">
          <p>{STEP_GUIDES[id]}</p>
        </section>
      )}
      {view.shows('code-panel') && isStageStep(id) && (
        <Suspense fallback={<p className="muted">{SHELL_TEXT.loadingStep}</p>}>
          <CodePanel stage={id} />
        </Suspense>
      )}
      <LazyDotView step={id} />
      <StageView id={id} />
      {checkpoint}
    </>
  );
});
