/** Stage 5 — Model Validation: metrics on unseen rows, the threshold trade-off, ROC and the overfitting check. */
import { StageCard } from '../../components/stage-card';
import { useLabStore } from '../../store/lab-store';
import { VALIDATION_TEXT } from './content';
import { NoModel } from './no-model';
import { ValidationResults } from './validation-results';
import './validation.css';

export function ValidationStage() {
  const trained = useLabStore((s) => s.trainStatus === 'done');
  const validation = useLabStore((s) => s.validationScores);
  const training = useLabStore((s) => s.trainingScores);
  const threshold = useLabStore((s) => s.config.threshold);
  return (
    <div className="stage-body validation-stage">
      <StageCard id="validation" />
      <p>{VALIDATION_TEXT.lead}</p>
      {trained && validation && training ? (
        <ValidationResults validation={validation} training={training} threshold={threshold} />
      ) : (
        <NoModel />
      )}
      <p className="muted">{VALIDATION_TEXT.whyItMatters}</p>
    </div>
  );
}
