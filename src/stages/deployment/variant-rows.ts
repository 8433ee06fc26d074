/** The variants table's rows, from the deployment report (measured once per model). */
import type { DeploymentReport } from '../../ml/deploy-report';
import type { LatencyReport } from '../../ml/latency';

export interface VariantView {
  readonly dtype: string;
  readonly totalBytes: number;
  readonly weightBytes: number;
  /** model.json: topology plus weights manifest. */
  readonly jsonBytes: number;
  readonly accuracy: number | null;
  readonly maxAbsDiff: number;
  readonly latency: LatencyReport | null;
}

export function variantRows(report: DeploymentReport | null): VariantView[] {
  return report ? report.variants.map((v) => ({ ...v })) : [];
}
