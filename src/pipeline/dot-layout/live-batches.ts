/**
 * Stage 7's live stream as plain numbers for the dot view: per batch, how many
 * rows the model scored right and wrong and how many the serving gate turned
 * away — read from the monitor's own per-batch points (the same ones the
 * rolling-accuracy chart and the tiles draw), never scored again.
 */
import type { FeatureDrift } from '../drift';
import type { LiveRecord, LogEntry, TickPoint } from '../monitor-log';

/** What the monitoring picture is drawn from: the monitor slice's values, as they are. */
export interface LiveView extends LiveRecord {
  /** Rolling-accuracy alert threshold, 0–1. */
  readonly threshold: number;
  /** Rows per live batch (the session's info.batchRows). */
  readonly batchRows: number;
}

export interface BatchCounts {
  readonly scored: number;
  readonly right: number;
  readonly wrong: number;
  readonly rejected: number;
}

/**
 * A batch's rows by outcome. batchAccuracy is correct ÷ scored with scored =
 * rows − faulty (ml/monitor.ts), so rounding accuracy × scored gives back the
 * exact number right.
 */
export function batchCounts(p: TickPoint): BatchCounts {
  const scored = Math.max(0, p.rows - p.faulty);
  const right = scored > 0 && Number.isFinite(p.batchAccuracy) ? Math.round(p.batchAccuracy * scored) : 0;
  return { scored, right, wrong: scored - right, rejected: p.faulty };
}

/** Sums of batchCounts over `points`. */
export function totalCounts(points: readonly TickPoint[]): BatchCounts {
  let [scored, right, rejected] = [0, 0, 0];
  for (const p of points) {
    const c = batchCounts(p);
    scored += c.scored;
    right += c.right;
    rejected += c.rejected;
  }
  return { scored, right, wrong: scored - right, rejected };
}

/**
 * The batches on the current page of `slots` columns: batches fill the columns
 * left to right by tick (0-based), and the page turns when they are full, so a
 * new batch moves only its own column's marks.
 */
export function currentPage(points: readonly TickPoint[], slots: number): { start: number; shown: TickPoint[] } {
  const last = points[points.length - 1];
  if (!last) return { start: 0, shown: [] };
  const start = last.tick - (last.tick % slots);
  return { start, shown: points.filter((p) => p.tick >= start) };
}

/** The first time the accuracy rule fired (the card line's alert), or null. */
export function firstAccuracyAlert(log: readonly LogEntry[]): LogEntry | null {
  return log.find((e) => e.kind === 'fired' && e.ruleId === 'accuracy_below_threshold') ?? null;
}

/**
 * The feature the picture overlays: the most drifted one by PSI in the latest
 * report (numeric or categorical), or null before any live batch.
 */
export function driftingFeature(drift: readonly FeatureDrift[]): FeatureDrift | null {
  let best: FeatureDrift | null = null;
  for (const d of drift) if (d.expected.length > 0 && (!best || d.psi > best.psi)) best = d;
  return best;
}

/**
 * Whole percentage points per bin summing to exactly 100 (largest remainder),
 * so a histogram of 100 unit marks shows the shares without losing a mark.
 */
export function percentUnits(shares: readonly number[]): number[] {
  const total = shares.reduce((a, s) => a + Math.max(0, s), 0);
  if (total <= 0) return shares.map(() => 0);
  const raw = shares.map((s) => (Math.max(0, s) / total) * 100);
  const out = raw.map(Math.floor);
  let left = 100 - out.reduce((a, v) => a + v, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}
