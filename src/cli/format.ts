/** Plain-text tables for the terminal, in the card's layout. */
import { fmtAuc } from '../pipeline/metrics';
import { fmtPct, fmtShape, type RunSummary } from '../pipeline/summary';

function table(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((x, c) => x.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSummary(s: RunSummary): string {
  const stages = table(
    ['#', 'Stage', 'Input', 'Operation', 'Output', 'Example'],
    s.stages.map((st, i) => [
      String(i + 1),
      st.name,
      st.inShape ? fmtShape(st.inShape) : st.inText,
      st.operation,
      st.outShape ? fmtShape(st.outShape) : st.outText,
      st.example,
    ]),
  );
  const epochs = table(
    ['Epoch', 'Loss ↓', 'Accuracy ↑', 'Val loss', 'Val accuracy', 'Observation'],
    s.epochs.map((e) => [
      String(e.epoch),
      e.loss.toFixed(2),
      e.accuracy.toFixed(2),
      e.valLoss.toFixed(2),
      e.valAccuracy.toFixed(2),
      e.observation,
    ]),
  );
  const v = s.validation;
  const variants = table(
    ['Variant', 'Bytes', 'Accuracy', 'Max |Δp|'],
    [
      ['float32', String(s.deployment.float32Bytes), '', ''],
      ...s.deployment.variants.map((x) => [x.dtype, String(x.totalBytes), fmtPct(x.accuracy), x.maxAbsDiff.toExponential(2)]),
    ],
  );
  const l = s.deployment.latency;
  const alerts = s.monitoring.alerts.length
    ? s.monitoring.alerts.map((a) => `  batch ${a.tick}: ${a.message}`).join('\n')
    : '  none';
  return [
    `Pipeline Lab — seed ${s.seed}, backend ${s.backend} (${s.backendReason})`,
    '',
    'Data flow — 7 stages',
    stages,
    '',
    'Training trace — epoch by epoch',
    epochs,
    '',
    `Validation: accuracy ${fmtPct(v.accuracy)}, loss ${v.loss.toFixed(3)}, AUC ${fmtAuc(v.auc)}, precision ${fmtPct(v.precision)}, recall ${fmtPct(v.recall)}, F1 ${v.f1.toFixed(3)}`,
    `  confusion: TP ${v.confusion.tp}  FP ${v.confusion.fp}  TN ${v.confusion.tn}  FN ${v.confusion.fn}`,
    '',
    'Deployment preparation',
    variants,
    `Latency (${s.backend}): cold ${l.coldMs.toFixed(2)} ms; warm p50 ${l.p50Ms.toFixed(3)} ms, p95 ${l.p95Ms.toFixed(3)} ms; batch of ${l.batchRows} p50 ${l.batchP50Ms.toFixed(2)} ms`,
    '',
    `Monitoring (${s.monitoring.scenario}, ${s.monitoring.ticks.length} live batches, alert below ${fmtPct(s.monitoring.threshold, 0)})`,
    `  ${s.monitoring.alertRules.description}`,
    alerts,
    '',
  ].join('\n');
}
