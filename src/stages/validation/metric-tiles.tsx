/** The six validation metrics at the current threshold. */
import { fmtAuc, type ValidationMetrics } from '../../pipeline/metrics';
import { fmtPct } from '../../pipeline/summary';
import { METRIC_NOTES, VALIDATION_TEXT } from './content';

export function MetricTiles({ metrics: m }: { metrics: ValidationMetrics }) {
  const tiles = [
    { key: 'accuracy', label: 'Accuracy', value: fmtPct(m.accuracy) },
    { key: 'loss', label: 'Log loss', value: m.loss.toFixed(3) },
    { key: 'auc', label: 'AUC', value: fmtAuc(m.auc) },
    { key: 'precision', label: 'Precision', value: fmtPct(m.precision) },
    { key: 'recall', label: 'Recall', value: fmtPct(m.recall) },
    { key: 'f1', label: 'F1', value: fmtPct(m.f1) },
  ] as const;
  return (
    <dl className="metric-tiles" aria-label={VALIDATION_TEXT.metricsCaption}>
      {tiles.map((t) => (
        <div key={t.key} className="metric-tile">
          <dt>{t.label}</dt>
          <dd className="metric-value">{t.value}</dd>
          <dd className="metric-note">{METRIC_NOTES[t.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
