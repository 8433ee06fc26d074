/** Training/serving skew: pick a serving bug, serve the validation rows through it, see the silent accuracy loss. */
import { useId, useState } from 'react';
import type { SkewResult } from '../../ml/skew-demo';
import { SKEW_IDS, SKEWS, type SkewId } from '../../pipeline/skew';
import { fmtInt, fmtPct } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { DEPLOY_TEXT } from './content';
import { fmtPoints } from './format';

const stat = (m: { mean: number; std: number }): string => `mean ${m.mean.toFixed(2)}, sd ${m.std.toFixed(2)}`;

function SkewOutcome({ r }: { r: SkewResult }) {
  const info = SKEWS[r.id];
  return (
    <div className="deploy-skew-result">
      <p>
        <strong>
          Accuracy {fmtPct(r.accuracy)} → {fmtPct(r.skewedAccuracy)} ({fmtPoints(r.skewedAccuracy - r.accuracy)})
        </strong>{' '}
        on {fmtInt(r.rows)} validation rows: {fmtInt(r.flipped)} decisions changed and the average probability moved by{' '}
        {r.meanAbsShift.toFixed(3)}.{' '}
        {r.allValid
          ? 'No error was raised: every output was a valid probability, so nothing in the logs would look wrong.'
          : 'Some outputs were not valid probabilities.'}
      </p>
      <p>
        Training: {info.training}. Serving: {info.serving}. The model input column “{r.feature}” arrived with {stat(r.served)}{' '}
        instead of {stat(r.expected)} — a check of served feature statistics against the means and standard deviations in the
        package’s metadata catches this before users do.
      </p>
    </div>
  );
}

export function SkewDemo() {
  const features = useLabStore((s) => s.snapshot?.featureNames);
  const skews = useLabStore((s) => s.deployment.skews);
  const status = useLabStore((s) => s.deployment.skewStatus);
  const runSkew = useLabStore((s) => s.runSkew);
  const available = SKEW_IDS.filter((id) => features?.includes(SKEWS[id].feature));
  const [chosen, setChosen] = useState<SkewId>(available[0] ?? 'load_time_seconds');
  const name = useId();
  const result = skews.find((r) => r.id === chosen);
  return (
    <section aria-labelledby="deploy-skew">
      <h3 id="deploy-skew">{DEPLOY_TEXT.skewHeading}</h3>
      <p>{DEPLOY_TEXT.skewLead}</p>
      <fieldset className="deploy-skew-choices">
        <legend>Serving bug</legend>
        {available.map((id) => (
          <label key={id} className="quiz-option">
            <input type="radio" name={name} value={id} checked={chosen === id} onChange={() => setChosen(id)} />
            {SKEWS[id].label}
          </label>
        ))}
      </fieldset>
      <div className="deploy-actions">
        <button type="button" disabled={status.status === 'running'} onClick={() => void runSkew(chosen)}>
          {DEPLOY_TEXT.skewButton}
        </button>
        <p role="status" aria-live="polite" className="deploy-status">
          {status.status === 'running' ? `Serving with “${SKEWS[status.value ?? chosen].label}”…` : ''}
        </p>
      </div>
      {status.error && <p role="alert">The skew demo failed: {status.error}</p>}
      {result && <SkewOutcome r={result} />}
      {skews.length > 1 && (
        <div className="table-scroll" role="region" aria-label="Skews table (scrolls sideways)" tabIndex={0}>
          <table className="data-table compact">
            <caption>{DEPLOY_TEXT.skewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">Serving bug</th>
                <th scope="col">Accuracy, training pipeline</th>
                <th scope="col">Accuracy, skewed</th>
                <th scope="col">Decisions changed</th>
              </tr>
            </thead>
            <tbody>
              {skews.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{SKEWS[r.id].label}</th>
                  <td>{fmtPct(r.accuracy)}</td>
                  <td>{fmtPct(r.skewedAccuracy)}</td>
                  <td>{fmtInt(r.flipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
