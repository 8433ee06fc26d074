/**
 * Training/serving skew, demonstrated: the validation rows served through a
 * pipeline that computes one feature differently. Nothing fails; only the
 * accuracy drops, which is why skew is found by checks, not by errors.
 */
import { compareServing, columnStats, encodeSkewed, SKEWS, type ServingComparison, type SkewId } from '../pipeline/skew';
import { encodeTable } from '../pipeline/prepare';
import { predictProba } from './predict';
import type { ServingContext } from './serving-context';

export interface SkewResult extends ServingComparison {
  readonly id: SkewId;
  readonly feature: string;
  readonly rows: number;
  readonly threshold: number;
  /** The feature's model-input column as training encodes it (≈ mean 0, std 1). */
  readonly expected: { readonly mean: number; readonly std: number };
  /** The same column as the skewed server encodes it. */
  readonly served: { readonly mean: number; readonly std: number };
}

/** Serves the validation rows with skew `id` and compares with the training pipeline at `threshold`. */
export async function serveWithSkew(
  ctx: ServingContext,
  id: SkewId,
  threshold: number,
  signal?: AbortSignal,
): Promise<SkewResult> {
  const { data, model } = ctx;
  const rows = data.split.validation;
  const right = encodeTable(data.prep, data.features, rows);
  const skewed = encodeSkewed(data.prep, data.features, rows, id);
  const p = await predictProba(model, right, { signal });
  const q = await predictProba(model, skewed, { signal });
  const j = data.prep.inputNames.indexOf(SKEWS[id].feature);
  return {
    id,
    feature: SKEWS[id].feature,
    rows: rows.length,
    threshold,
    ...compareServing(right.y, p, q, threshold),
    expected: columnStats(right, j),
    served: columnStats(skewed, j),
  };
}
