/** Routes a step id to its view, with what the mode opens it with (the guide) and the checkpoint that ends it. */
import { SHELL_TEXT } from '../content/modes';
import { NothingToShow } from './classroom-settings';
import { STEP_GUIDES } from '../content/step-guides';
import { isStageStep, type StepId } from '../content/steps';
import { CleaningStage } from '../stages/cleaning/cleaning-stage';
import { CollectionStage } from '../stages/collection/collection-stage';
import { DeploymentStage } from '../stages/deployment/deployment-stage';
import { FeaturesStage } from '../stages/features/features-stage';
import { InsightStep } from '../stages/insight/insight-step';
import { MonitoringStage } from '../stages/monitoring/monitoring-stage';
import { Checkpoint } from '../stages/quiz/checkpoint';
import { QuizStep } from '../stages/quiz/quiz-step';
import { ReviewStep } from '../stages/quiz/review/review-step';
import { TraceStep } from '../stages/trace/trace-step';
import { TrainingStage } from '../stages/training/training-stage';
import { ValidationStage } from '../stages/validation/validation-stage';
import { useLabStore } from '../store/lab-store';
import { useView } from '../store/use-view';
import { LazyDotView } from '../components/dot-view/lazy-dot-view';

function StageView({ id }: { id: StepId }) {
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

export function StepView({ id }: { id: StepId }) {
  const view = useView();
  const mode = useLabStore((s) => s.mode);
  const quizShown = view.shows('quiz');
  if (id === 'quiz' && !quizShown) return mode === 'quiz' ? <NothingToShow /> : <p className="notice">{SHELL_TEXT.quizHidden}</p>;
  return (
    <>
      {view.entry.opening === 'guide' && (
        <section className="step-guide" aria-label="What this step teaches">
          <p>{STEP_GUIDES[id]}</p>
          {(id === 'collection' || id === 'training') && <p className="muted">{SHELL_TEXT.guidedNote}</p>}
        </section>
      )}
      <LazyDotView step={id} />
      <StageView id={id} />
      {(isStageStep(id) || id === 'trace') && quizShown && <Checkpoint key={id} step={id} />}
    </>
  );
}
