/**
 * The lower half of stage 7's picture: the most drifted feature's live
 * distribution over its training distribution, in the drift report's own bins
 * (training deciles for a number, categories otherwise). 100 unit marks per
 * distribution, one per percentage point: training as hollow squares, live as
 * filled ones, side by side in each bin.
 */
import type { FeatureDrift } from '../drift';
import { CATEGORIES } from '../schema';
import { fmtPct } from '../summary';
import type { Rect } from './grid';
import { percentUnits } from './live-batches';
import { INK, SHAPE } from './types';

/** Marks the overlay uses: 100 per distribution. */
export const OVERLAY_MARKS = 200;

/** Names of a drift report's bins: "≤ 12.3", "12.3–20.1", …, "> 90.2", or the categories. */
export function binNames(d: FeatureDrift): string[] {
  const cats = CATEGORIES[d.name];
  if (cats || d.edges.length === 0) return d.expected.map((_, i) => cats?.[i] ?? `category ${i + 1}`);
  const e = d.edges.map((v) => Number(v.toPrecision(3)));
  return d.expected.map((_, i) => (i === 0 ? `≤ ${e[0]}` : i === e.length ? `> ${e[i - 1]}` : `${e[i - 1]}–${e[i]}`));
}

export interface Overlay {
  readonly side: number;
  readonly tableRows: (readonly string[])[];
  /** The bin where live rows gained the most share over training. */
  readonly biggest: { readonly bin: string; readonly live: number; readonly training: number } | null;
}

/**
 * Places the overlay's 200 marks (from mark index `base`) in `r`; with no
 * drift report yet they stay hidden. Writes x, y, ink and shape.
 */
export function placeOverlay(
  d: FeatureDrift | null,
  r: Rect,
  base: number,
  out: { x: Float32Array; y: Float32Array; ink: Uint8Array; shape: Uint8Array },
  maxSide: number,
): Overlay {
  if (!d) return { side: maxSide, tableRows: [], biggest: null };
  const names = binNames(d);
  const units = [percentUnits(d.expected), percentUnits(d.actual)];
  const bins = names.length;
  const binW = r.w / bins;
  const sub = Math.max(1, (binW - 4) / 2);
  const most = Math.max(1, ...units.flat());
  // Bars as narrow as lets the tallest fill the height, in cells no bigger than the stream's.
  let s = Math.min(maxSide, sub);
  let perRow = 1;
  for (; s > 0.6; s *= 0.93) {
    perRow = Math.ceil(most / Math.max(1, Math.floor(r.h / s)));
    if (perRow * s <= sub) break;
  }
  const barW = perRow * s;
  let m = base;
  units.forEach((perBin, series) => {
    perBin.forEach((count, b) => {
      // Training bar left of the bin's centre, live bar right of it.
      const x0 = r.x + (b + 0.5) * binW + (series === 0 ? -barW - 1 : 1);
      for (let k = 0; k < count; k++, m++) {
        out.x[m] = x0 + ((k % perRow) + 0.5) * s;
        out.y[m] = r.y + r.h - (Math.floor(k / perRow) + 0.5) * s;
        out.ink[m] = series === 0 ? INK.trainingShare : INK.liveShare;
        out.shape[m] = series === 0 ? SHAPE.ring : SHAPE.square;
      }
    });
  });
  let biggest: Overlay['biggest'] = null;
  d.actual.forEach((a, i) => {
    if (!biggest || a - d.expected[i] > biggest.live - biggest.training)
      biggest = { bin: names[i], live: a, training: d.expected[i] };
  });
  return {
    side: s,
    tableRows: names.map((n, i) => [n, fmtPct(d.expected[i]), fmtPct(d.actual[i])]),
    biggest,
  };
}
