/**
 * Stage 6 as plain data: every variant's bytes, accuracy after reloading and
 * latency on the active backend, the validation facts, and the check that the
 * metadata file alone reproduces the training encoding.
 */
import { contractDiff } from '../pipeline/model-metadata';
import type { RunSummary } from '../pipeline/summary';
import { prepareDeployment } from './deploy';
import type { LatencyReport } from './latency';
import { metadataFor } from './package-files';
import { deploymentSummary } from './run-pipeline';
import type { ServingContext } from './serving-context';

export interface VariantRow {
  readonly dtype: 'float32' | 'float16' | 'uint16' | 'uint8';
  /** `<name>.json`: topology plus weights manifest. */
  readonly jsonBytes: number;
  readonly weightBytes: number;
  /** model JSON + weights: the bytes a browser downloads. */
  readonly totalBytes: number;
  /** Validation accuracy after loading the package back through tfjs (0–1). */
  readonly accuracy: number;
  /** Largest |p − p_float32| over the validation rows. */
  readonly maxAbsDiff: number;
  readonly latency: LatencyReport;
}

export interface DeploymentReport {
  /** Decision threshold the accuracies are measured at. */
  readonly threshold: number;
  readonly backend: string;
  readonly trainRows: number;
  readonly validationRows: number;
  /** Rows in both the training and validation split (0 for a clean split). */
  readonly overlap: number;
  /** float32 first, then float16, uint16, uint8. */
  readonly variants: readonly VariantRow[];
  /** The same numbers in the run summary's shape (the stage card reads it). */
  readonly summary: RunSummary['deployment'];
  /** Re-encoding the validation rows from the metadata JSON alone. */
  readonly contract: { readonly rows: number; readonly columns: number; readonly maxAbsDiff: number };
}

function overlapOf(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const seen = new Set<number>(Array.from(a));
  let n = 0;
  for (let i = 0; i < b.length; i++) if (seen.has(b[i])) n++;
  return n;
}

/**
 * Measures every variant at `threshold` with `runs` warm timings each; leaves no tensors behind.
 * @throws WorkCancelled when `signal` aborts
 */
export async function buildDeploymentReport(
  ctx: ServingContext,
  threshold: number,
  runs = 50,
  signal?: AbortSignal,
): Promise<DeploymentReport> {
  const { data } = ctx;
  const result = await prepareDeployment(ctx.model, data.validation, threshold, {
    latencyRuns: runs,
    everyVariant: true,
    signal,
  });
  const variants = [result.float32, ...result.variants].map((v) => ({
    dtype: v.pkg.dtype,
    jsonBytes: v.pkg.jsonBytes,
    weightBytes: v.pkg.weightBytes,
    totalBytes: v.pkg.totalBytes,
    accuracy: v.accuracy,
    maxAbsDiff: v.maxAbsDiff,
    latency: v.latency ?? result.latency,
  }));
  // The metadata as a server would read it: through JSON, with nothing else.
  const meta = await metadataFor(ctx, result.float32.pkg, {
    threshold,
    createdAt: new Date().toISOString(),
    latency: null,
    signal,
  });
  const parsed = JSON.parse(JSON.stringify(meta)) as typeof meta;
  const rows = data.split.validation;
  return {
    threshold,
    backend: ctx.backend,
    trainRows: data.split.train.length,
    validationRows: rows.length,
    overlap: overlapOf(data.split.train, rows),
    variants,
    summary: deploymentSummary(result),
    contract: {
      rows: rows.length,
      columns: data.validation.d,
      maxAbsDiff: contractDiff(parsed, data.features, rows, data.validation),
    },
  };
}
