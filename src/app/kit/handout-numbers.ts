/** The measured numbers a handout page shows under its stage (validation, deployment, monitoring), from the run. */
import type { StageId } from '../../pipeline/summary';
import { fmtInt, fmtMs, fmtPct } from '../../pipeline/summary';
import type { Serving } from '../../store/serving';

type Metrics = { readonly accuracy: number; readonly loss: number } | null;

/** [label, value] pairs for a stage; empty when the stage has nothing measured beyond its table row. */
export function handoutNumbers(id: StageId, v: Metrics, serving: Serving | null): [string, string][] {
  if (id === 'validation' && v)
    return [
      ['Validation accuracy', fmtPct(v.accuracy)],
      ['Validation loss', v.loss.toFixed(3)],
    ];
  if (id === 'deployment' && serving) {
    const d = serving.deployment;
    const uint8 = d.variants.find((x) => x.dtype === 'uint8');
    return [
      ...(uint8
        ? ([
            [
              'uint8 package',
              `${fmtInt(uint8.totalBytes)} bytes (from ${fmtInt(d.float32Bytes)}), accuracy ${fmtPct(uint8.accuracy)}`,
            ],
          ] as [string, string][])
        : []),
      ['Latency, one row', `p50 ${fmtMs(d.latency.p50Ms)}, p95 ${fmtMs(d.latency.p95Ms)}`],
    ];
  }
  if (id === 'monitoring' && serving) {
    const alert = serving.monitoring.alerts.find((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired');
    return [['First accuracy alert', alert ? `batch ${alert.tick} (${fmtPct(alert.value)})` : 'none']];
  }
  return [];
}
