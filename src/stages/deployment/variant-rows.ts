/** The variants table's rows: from the stage's own report when measured, else from the summary made after training. */
import type { DeploymentReport } from '../../ml/deploy-report';
import type { LatencyReport } from '../../ml/latency';
import type { RunSummary } from '../../pipeline/summary';

export interface VariantView {
  readonly dtype: string;
  readonly totalBytes: number;
  readonly weightBytes: number;
  /** model.json: topology plus weights manifest. */
  readonly jsonBytes: number;
  /** Null when not known yet (float32 in the summary made after training). */
  readonly accuracy: number | null;
  readonly maxAbsDiff: number;
  readonly latency: LatencyReport | null;
}

export function variantRows(report: DeploymentReport | null, summary: RunSummary['deployment'] | null): VariantView[] {
  if (report) return report.variants.map((v) => ({ ...v }));
  if (!summary) return [];

  return [
    {
      dtype: 'float32',
      totalBytes: summary.float32Bytes,
      weightBytes: summary.float32WeightBytes,
      jsonBytes: summary.float32Bytes - summary.float32WeightBytes,
      accuracy: null,
      maxAbsDiff: 0,
      latency: null,
    },
    ...summary.variants.map((v) => ({ ...v, jsonBytes: v.totalBytes - v.weightBytes, latency: null })),
  ];
}
