/**
 * "Training is reproducible", checked rather than claimed: train again with the
 * same seed, configuration and rows, and compare the two models' validation
 * predictions.
 */
import { maxAbsDiff } from './deploy';
import { predictProba } from './predict';
import type { ServingContext } from './serving-context';
import { trainForConfig } from './train';

export interface ReproReport {
  readonly seed: number;
  /** Validation rows compared. */
  readonly rows: number;
  /** Largest |p_again − p| over the rows. */
  readonly maxAbsDiff: number;
  /** Rows whose decision at `threshold` differs. */
  readonly decisionsChanged: number;
  /** Wall time of the second training run, ms. */
  readonly ms: number;
  readonly backend: string;
}

/** Retrains exactly as the engine did and compares; disposes the second model, keeps `ctx.model`. */
export async function checkReproducible(ctx: ServingContext, threshold: number, signal?: AbortSignal): Promise<ReproReport> {
  const c = ctx.trained;
  const { data } = ctx;
  const again = await trainForConfig(c, data, { signal });
  try {
    const p = await predictProba(ctx.model, data.validation, { signal });
    const q = await predictProba(again.model, data.validation, { signal });
    let changed = 0;
    for (let i = 0; i < p.length; i++) if (p[i] >= threshold !== q[i] >= threshold) changed++;
    return {
      seed: c.seed,
      rows: p.length,
      maxAbsDiff: maxAbsDiff(p, q),
      decisionsChanged: changed,
      ms: again.ms,
      backend: ctx.backend,
    };
  } finally {
    again.model.dispose();
  }
}
