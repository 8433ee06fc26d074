/** Where stages 6 and 7 stand: waiting for a model, computing, or failed. */
import { useLabStore } from '../../store/lab-store';

export function ServingStatus() {
  const trainStatus = useLabStore((s) => s.trainStatus);
  const servingStatus = useLabStore((s) => s.servingStatus);
  const goTo = useLabStore((s) => s.goTo);
  if (trainStatus !== 'done') {
    return (
      <p className="notice">
        There is no trained model yet.{' '}
        <button type="button" className="link-button" onClick={() => goTo(3)}>
          Go to Model Training
        </button>
      </p>
    );
  }
  if (servingStatus === 'running') return <p role="status">Compressing the model, timing it and running the live stream…</p>;
  if (servingStatus === 'error') return <p role="alert">Deployment preparation failed for this model; train again to retry.</p>;
  return null;
}
