/** Latency on the active backend (cold vs warm, one row vs a batch) against the budget, and the backend race. */
import { NumberKnob } from '../../components/knob';
import type { LatencyReport } from '../../ml/latency';
import { useLabStore } from '../../store/lab-store';
import { DEPLOY_TEXT } from './content';
import { fmtMean, fmtMs } from './format';
import { RaceTable } from './race-table';
import { fmtInt } from '../../pipeline/summary';

function Verdict({ ms, budget }: { ms: number; budget: number }) {
  return ms <= budget ? <span className="verdict-pass">within budget</span> : <span className="verdict-fail">over budget</span>;
}

export function LatencySection({ latency, backend }: { latency: LatencyReport | null; backend: string }) {
  const budget = useLabStore((s) => s.config.latencyBudgetMs);
  const race = useLabStore((s) => s.deployment.race);
  const raceBackends = useLabStore((s) => s.raceBackends);
  return (
    <section aria-labelledby="deploy-latency">
      <h3 id="deploy-latency">{DEPLOY_TEXT.latencyHeading}</h3>
      <p>{DEPLOY_TEXT.latencyLead}</p>
      <div className="knob-row">
        <NumberKnob
          id="latencyBudgetMs"
          step={1}
          hint="The card’s figure is 50 ms: a prediction inside a page load must not be noticed."
        />
      </div>
      {latency ? (
        <div className="table-scroll" role="region" aria-label="Latency table (scrolls sideways)" tabIndex={0}>
          <table className="data-table compact deploy-latency">
            <caption>Latency of the float32 model on {backend}</caption>
            <thead>
              <tr>
                <th scope="col">Measurement</th>
                <th scope="col">Time</th>
                <th scope="col">Against the {budget} ms budget</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Cold: first prediction after loading (one row)</th>
                <td>{fmtMs(latency.coldMs)}</td>
                <td>
                  <Verdict ms={latency.coldMs} budget={budget} />
                </td>
              </tr>
              <tr>
                <th scope="row">Warm, one row: mean / p50 / p95 of {latency.runs} calls</th>
                <td>{`${fmtMean(latency.meanMs)} / ${fmtMs(latency.p50Ms)} / ${fmtMs(latency.p95Ms)}`}</td>
                <td>
                  <Verdict ms={latency.p95Ms} budget={budget} />
                </td>
              </tr>
              <tr>
                <th scope="row">Warm, a batch of {fmtInt(latency.batchRows)} validation rows: p50 / p95</th>
                <td>{`${fmtMs(latency.batchP50Ms)} / ${fmtMs(latency.batchP95Ms)}`}</td>
                <td>{fmtMean(latency.batchP50Ms / latency.batchRows)} per row</td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : (
        <p role="status">{DEPLOY_TEXT.measuring}</p>
      )}
      <p>{DEPLOY_TEXT.raceLead}</p>
      <div className="deploy-actions">
        <button type="button" onClick={() => void raceBackends()} disabled={race.status === 'running' || !latency}>
          {DEPLOY_TEXT.race}
        </button>
        <p role="status" aria-live="polite" className="deploy-status">
          {race.status === 'running'
            ? DEPLOY_TEXT.racing
            : race.status === 'done'
              ? 'Race finished; the model is served from the same backend as before.'
              : ''}
        </p>
      </div>
      {race.error && <p role="alert">The race failed: {race.error}</p>}
      {race.value && <RaceTable report={race.value} budgetMs={budget} />}
    </section>
  );
}
