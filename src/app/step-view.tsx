/** Routes a step id to its view. */
import type { StepId } from '../content/steps';
import { CleaningStage } from '../stages/cleaning/cleaning-stage';
import { CollectionStage } from '../stages/collection/collection-stage';
import { DeploymentStage } from '../stages/deployment/deployment-stage';
import { FeaturesStage } from '../stages/features/features-stage';
import { InsightStep } from '../stages/insight/insight-step';
import { MonitoringStage } from '../stages/monitoring/monitoring-stage';
import { QuizStep } from '../stages/quiz/quiz-step';
import { TraceStep } from '../stages/trace/trace-step';
import { TrainingStage } from '../stages/training/training-stage';
import { ValidationStage } from '../stages/validation/validation-stage';

export function StepView({ id }: { id: StepId }) {
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
  }
}
