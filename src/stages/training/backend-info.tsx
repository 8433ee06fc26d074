/** Which tfjs backend the last run used, and why it was chosen. */
import { useLabStore } from '../../store/lab-store';
import { BACKEND_NAMES } from '../../content/backends';
import { TRAINING_TEXT } from './content';

export function BackendInfo() {
  const backend = useLabStore((s) => s.backend);
  return (
    <section aria-labelledby="training-backend">
      <h3 id="training-backend">{TRAINING_TEXT.backendHeading}</h3>
      {backend ? (
        <p className="training-backend">
          <strong>Backend: {BACKEND_NAMES[backend.backend]}.</strong> {backend.reason}.
        </p>
      ) : (
        <p className="muted">{TRAINING_TEXT.backendBefore}</p>
      )}
    </section>
  );
}
