/** The learner's own evidence for the key insight, as sentences written from this run's numbers. */
import type { StepId } from '../../content/steps';
import { describeCleaning } from '../../pipeline/clean';
import type { DataSnapshot } from '../../pipeline/snapshot';
import { fmtInt, fmtPct, type RunSummary } from '../../pipeline/summary';

export interface EvidenceFacts {
  readonly snapshot: Pick<DataSnapshot, 'rawShape' | 'validationRows' | 'cleaning'> | null;
  readonly validation: { readonly accuracy: number; readonly loss: number } | null;
  readonly serving: Pick<RunSummary, 'deployment' | 'monitoring'> | null;
  readonly latencyBudgetMs: number;
}

export interface Evidence {
  readonly step: StepId;
  /** "Cleaning: Dropped 200 rows…" — the stage's name, then what this run showed. */
  readonly text: string;
}

export function insightEvidence({ snapshot, validation, serving, latencyBudgetMs }: EvidenceFacts): Evidence[] {
  const out: Evidence[] = [];
  const dropped = snapshot?.cleaning.droppedTotal ?? 0;
  out.push({
    step: 'cleaning',
    text: snapshot
      ? `Cleaning: ${describeCleaning(snapshot.cleaning.counts)}${dropped > 0 ? ` — ${fmtPct(dropped / snapshot.rawShape[0])} of the collected rows would have taught the model errors` : ''}.`
      : 'Cleaning: prepare the data first.',
  });
  out.push({
    step: 'validation',
    text:
      validation && snapshot
        ? `Validation: on ${fmtInt(snapshot.validationRows)} rows the model never trained on, accuracy ${fmtPct(validation.accuracy)} and loss ${validation.loss.toFixed(2)}: an honest preview of production.`
        : 'Validation: train the model to measure it on rows it has never seen.',
  });
  const uint8 = serving?.deployment.variants.find((v) => v.dtype === 'uint8');
  if (serving && uint8) {
    const d = serving.deployment;
    const saved = 1 - uint8.totalBytes / d.float32Bytes;
    const verdict = d.latency.p95Ms <= latencyBudgetMs ? 'within' : 'over';
    out.push({
      step: 'deployment',
      text:
        `Compression: uint8 weights shrink the package from ${fmtInt(d.float32Bytes)} to ${fmtInt(uint8.totalBytes)} bytes (${fmtPct(saved, 0)} saved), ` +
        `with validation accuracy ${fmtPct(uint8.accuracy)} after reloading; warm p95 latency ${d.latency.p95Ms.toFixed(2)} ms is ${verdict} the ${latencyBudgetMs} ms budget.`,
    });
  } else {
    out.push({ step: 'deployment', text: 'Compression: waiting for a trained model.' });
  }
  const alert = serving?.monitoring.alerts.find((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired');
  out.push({
    step: 'monitoring',
    text: !serving
      ? 'Monitoring: waiting for a trained model.'
      : alert
        ? `Monitoring: the alert fired at live batch ${alert.tick}, when rolling accuracy fell to ${fmtPct(alert.value)} — below ${fmtPct(serving.monitoring.threshold, 0)}. Without monitoring, nobody would have known.`
        : `Monitoring: no accuracy alert in ${serving.monitoring.ticks.length} live batches (${serving.monitoring.scenario} scenario): the model held up this time — had it not, the monitor would have said so.`,
  });
  return out;
}
