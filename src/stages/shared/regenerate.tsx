/** "Regenerate" for the data knobs, with a notice when the shown data no longer matches the settings. */
import { dataIsStale } from '../../pipeline/config';
import { useLabStore } from '../../store/lab-store';

export function Regenerate({ label = 'Regenerate' }: { label?: string }) {
  const stale = useLabStore((s) => dataIsStale(s.config, s.preparedConfig));
  const status = useLabStore((s) => s.dataStatus);
  const error = useLabStore((s) => s.dataError);
  const trained = useLabStore((s) => s.trainStatus === 'done');
  const prepareData = useLabStore((s) => s.prepareData);
  return (
    <div className="regenerate">
      <button type="button" onClick={() => void prepareData()} disabled={status === 'preparing'}>
        {label}
      </button>
      <p role="status" className={stale ? 'notice' : 'muted'}>
        {status === 'preparing'
          ? 'Generating, cleaning and engineering features…'
          : stale
            ? `Settings changed: press ${label} to rebuild the data${trained ? ' (the trained model will be cleared)' : ''}.`
            : status === 'ready'
              ? 'The data below comes from these settings.'
              : ''}
      </p>
      {error && <p role="alert">Could not prepare the data: {error}</p>}
    </div>
  );
}
