/** The key insight, followed by this run's own evidence for it. */
import { useMemo } from 'react';
import { describeCleaning } from '../../pipeline/clean';
import { fmtPct } from '../../pipeline/summary';
import { KEY_INSIGHT } from '../../content/insight';
import { useLabStore } from '../../store/lab-store';
import { metricsAt } from '../../store/selectors';

export function InsightStep() {
  const snapshot = useLabStore((s) => s.snapshot);
  const scores = useLabStore((s) => s.validationScores);
  const threshold = useLabStore((s) => s.config.threshold);
  const serving = useLabStore((s) => s.serving);
  const metrics = useMemo(() => metricsAt(scores, threshold), [scores, threshold]);
  const alert = serving?.monitoring.alerts.find((a) => a.rule === 'accuracy_below_threshold');
  const uint8 = serving?.deployment.variants.find((v) => v.dtype === 'uint8');
  return (
    <div className="stage-body">
      <blockquote className="insight">{KEY_INSIGHT}</blockquote>
      <h3>The evidence from your run</h3>
      <ul>
        <li>{snapshot ? `Cleaning: ${describeCleaning(snapshot.cleaning.counts)}.` : 'Cleaning: prepare the data first.'}</li>
        <li>
          {metrics
            ? `Validation: on ${snapshot?.validationRows.toLocaleString('en-US')} rows the model never trained on, accuracy ${fmtPct(metrics.accuracy)} and loss ${metrics.loss.toFixed(2)}.`
            : 'Validation: train the model to measure it on unseen rows.'}
        </li>
        <li>
          {serving && uint8
            ? `Compression: uint8 weights shrink the package from ${serving.deployment.float32Bytes.toLocaleString('en-US')} to ${uint8.totalBytes.toLocaleString('en-US')} bytes, with validation accuracy ${fmtPct(uint8.accuracy)} after reloading.`
            : 'Compression: waiting for a trained model.'}
        </li>
        <li>
          {serving
            ? alert
              ? `Monitoring: the alert fired at live batch ${alert.tick}, when rolling accuracy fell to ${fmtPct(alert.value)} — below ${fmtPct(serving.monitoring.threshold, 0)}.`
              : `Monitoring: no accuracy alert in ${serving.monitoring.ticks.length} live batches (${serving.monitoring.scenario} scenario).`
            : 'Monitoring: waiting for a trained model.'}
        </li>
      </ul>
    </div>
  );
}
