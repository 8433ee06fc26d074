/** Stage 7 — Monitoring Setup: the card line and the alert log of a live-stream run with this model. */
import { StageCard } from '../../components/stage-card';
import { SCENARIO_INFO } from '../../pipeline/stream';
import { fmtPct } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { ServingStatus } from '../shared/serving-status';

export function MonitoringStage() {
  const monitoring = useLabStore((s) => s.serving?.monitoring);
  const scenario = useLabStore((s) => s.config.scenario);
  const info = SCENARIO_INFO[monitoring?.scenario ?? scenario];
  const seen = monitoring?.ticks.filter((t) => t.accuracy !== null) ?? [];
  const last = seen[seen.length - 1];
  return (
    <div className="stage-body">
      <StageCard id="monitoring" />
      <p>
        A deployed model meets data it has never seen, and the world keeps changing. Monitoring scores the model on live, labelled
        sessions and raises an alert when its rolling accuracy falls below the threshold.
      </p>
      <p>
        <strong>{info.label}:</strong> {info.story}
      </p>
      <ServingStatus />
      {monitoring && (
        <>
          <p>
            {monitoring.ticks.length} live batches of 200 sessions; the rolling accuracy covers the last 10 batches.
            {last?.accuracy != null && ` At the last batch it was ${fmtPct(last.accuracy)}.`} Faulty live rows rejected:{' '}
            {monitoring.ticks.reduce((s, t) => s + t.faulty, 0).toLocaleString('en-US')}.
          </p>
          <div className="table-scroll">
            <table className="data-table compact">
              <caption>Alert log</caption>
              <thead>
                <tr>
                  <th scope="col">Batch</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Value</th>
                  <th scope="col">What happened</th>
                </tr>
              </thead>
              <tbody>
                {monitoring.alerts.length === 0 && (
                  <tr>
                    <td colSpan={4}>No alert fired.</td>
                  </tr>
                )}
                {monitoring.alerts.map((a, i) => (
                  <tr key={i}>
                    <td>{a.tick}</td>
                    <td>{a.rule === 'accuracy_below_threshold' ? 'Accuracy below threshold' : 'Feature drift'}</td>
                    <td>{a.rule === 'accuracy_below_threshold' ? fmtPct(a.value) : `${fmtPct(a.value, 0)} of features`}</td>
                    <td>{a.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
