/** The Prediction Trace step: one real row through the trained model, layer by layer. */
import { STEPS } from '../../content/steps';
import { useLabStore } from '../../store/lab-store';
import { useView } from '../../store/use-view';
import { GO_TRAIN, MORE_ABOUT, NO_MODEL_TEXT, NO_MODEL_TITLE, TRACE_INTRO, TRAINING_TEXT, WHY_IT_MATTERS } from './content';
import { TraceLab } from './trace-lab';
import './trace.css';

const TRAINING_STEP = STEPS.findIndex((s) => s.id === 'training');

/** `compact`: Present mode's slide — no introduction, the row and the layers only. */
export function TraceStep({ compact = false }: { compact?: boolean }) {
  const trainStatus = useLabStore((s) => s.trainStatus);
  const snapshot = useLabStore((s) => s.snapshot);
  const dataVersion = useLabStore((s) => s.dataVersion);
  const threshold = useLabStore((s) => s.config.threshold);
  const goTo = useLabStore((s) => s.goTo);
  const view = useView();
  return (
    <div className="trace-step">
      {view.shows('step-intro') && !compact && <p className="intro">{TRACE_INTRO}</p>}
      {trainStatus !== 'done' || !snapshot ? (
        <section className="trace-no-model" aria-labelledby="trace-no-model">
          <h3 id="trace-no-model">{NO_MODEL_TITLE}</h3>
          <p>{trainStatus === 'training' ? TRAINING_TEXT : NO_MODEL_TEXT}</p>
          <button type="button" onClick={() => goTo(TRAINING_STEP)}>
            {GO_TRAIN}
          </button>
        </section>
      ) : (
        // A new dataset (or a retrained model) starts the trace afresh.
        <TraceLab key={dataVersion} snapshot={snapshot} threshold={threshold} compact={compact} />
      )}
      {compact ? null : view.entry.layout === 'focused' ? (
        <details className="more-about">
          <summary>{MORE_ABOUT}</summary>
          <p className="muted trace-why">{WHY_IT_MATTERS}</p>
        </details>
      ) : (
        <p className="muted trace-why">{WHY_IT_MATTERS}</p>
      )}
    </div>
  );
}
