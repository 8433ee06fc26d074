/** Packing marks into rectangles as unit grids (one cell per mark, filled row by row from the bottom). */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The largest cell side (≤ maxSide) at which `n` cells fit in `r`. */
export function cellSideFor(n: number, r: Rect, maxSide = 12): number {
  if (n <= 0 || r.w <= 0 || r.h <= 0) return maxSide;
  let s = Math.min(maxSide, Math.sqrt((r.w * r.h) / n));
  while (s > 0.5) {
    const cols = Math.max(1, Math.floor(r.w / s));
    if (Math.ceil(n / cols) * s <= r.h) return s;
    s *= 0.95;
  }
  return 0.5;
}

/**
 * Places marks `items` (mark indices, in order) in `r` on a grid of side `s`:
 * left to right, bottom row first. Writes centres into x/y.
 */
export function packGrid(items: ArrayLike<number>, r: Rect, s: number, x: Float32Array, y: Float32Array): void {
  const cols = Math.max(1, Math.floor(r.w / s));
  for (let k = 0; k < items.length; k++) {
    const m = items[k];
    x[m] = r.x + ((k % cols) + 0.5) * s;
    y[m] = r.y + r.h - (Math.floor(k / cols) + 0.5) * s;
  }
}

/** As packGrid, but the top row first (marks hang under a label at the rect's top). */
export function packGridFromTop(items: ArrayLike<number>, r: Rect, s: number, x: Float32Array, y: Float32Array): void {
  const cols = Math.max(1, Math.floor(r.w / s));
  for (let k = 0; k < items.length; k++) {
    const m = items[k];
    x[m] = r.x + ((k % cols) + 0.5) * s;
    y[m] = r.y + (Math.floor(k / cols) + 0.5) * s;
  }
}

/** The smallest cell side among several regions, so every mark in a layout has one size. */
export function commonSide(groups: readonly { readonly n: number; readonly r: Rect }[], maxSide = 12): number {
  return groups.reduce((s, g) => Math.min(s, cellSideFor(g.n, g.r, maxSide)), maxSide);
}

/** Mark indices 0..n-1 for which `keep` holds, in order. */
export function marksWhere(n: number, keep: (m: number) => boolean): Uint32Array {
  const out: number[] = [];
  for (let m = 0; m < n; m++) if (keep(m)) out.push(m);
  return Uint32Array.from(out);
}

/** Drawn side of a mark in a cell of side `s`: a gap between marks while cells are big enough. */
export const markSide = (s: number): number => (s >= 3 ? s - 1 : s);
