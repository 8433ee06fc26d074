/** Stage 6 — Deployment Preparation: the card line and the measured package, from the trained model. */
import { StageCard } from '../../components/stage-card';
import { fmtPct } from '../../pipeline/summary';
import { useLabStore } from '../../store/lab-store';
import { ServingStatus } from '../shared/serving-status';

export function DeploymentStage() {
  const deployment = useLabStore((s) => s.serving?.deployment);
  const backend = useLabStore((s) => s.backend?.backend);
  const budget = useLabStore((s) => s.config.latencyBudgetMs);
  return (
    <div className="stage-body">
      <StageCard id="deployment" />
      <p>
        A model is ready to ship when it is small enough to send, fast enough to answer within its latency budget, and still as
        accurate after compression. These numbers come from compressing this run’s model and loading each variant back with
        TensorFlow.js’s own loader.
      </p>
      <ServingStatus />
      {deployment && (
        <>
          <div className="table-scroll">
            <table className="data-table compact">
              <caption>Model package variants</caption>
              <thead>
                <tr>
                  <th scope="col">Weights stored as</th>
                  <th scope="col">Package bytes</th>
                  <th scope="col">Weight bytes</th>
                  <th scope="col">Validation accuracy after reload</th>
                  <th scope="col">Largest prediction change</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">float32 (as trained)</th>
                  <td>{deployment.float32Bytes.toLocaleString('en-US')}</td>
                  <td>{deployment.float32WeightBytes.toLocaleString('en-US')}</td>
                  <td>—</td>
                  <td>—</td>
                </tr>
                {deployment.variants.map((v) => (
                  <tr key={v.dtype}>
                    <th scope="row">{v.dtype}</th>
                    <td>{v.totalBytes.toLocaleString('en-US')}</td>
                    <td>{v.weightBytes.toLocaleString('en-US')}</td>
                    <td>{fmtPct(v.accuracy)}</td>
                    <td>{v.maxAbsDiff.toExponential(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Latency on {backend ?? 'this backend'}: first (cold) prediction {deployment.latency.coldMs.toFixed(2)} ms; warm single
            row p50 {deployment.latency.p50Ms.toFixed(2)} ms, p95 {deployment.latency.p95Ms.toFixed(2)} ms (budget {budget} ms:{' '}
            {deployment.latency.p95Ms <= budget ? 'pass' : 'fail'}); a batch of{' '}
            {deployment.latency.batchRows.toLocaleString('en-US')} rows p50 {deployment.latency.batchP50Ms.toFixed(1)} ms.
          </p>
        </>
      )}
    </div>
  );
}
