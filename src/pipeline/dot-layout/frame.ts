/** Shared pieces of every layout: the plot area inside the box and fresh per-mark arrays. */
import type { DotData } from '../dot-data';
import { INK, SHAPE, type Box } from './types';
import type { Rect } from './grid';

/** Room for labels above the plot and an axis line below it, CSS px. */
export const TOP = 34;
export const BOTTOM = 24;
export const SIDE = 6;
/**
 * The axis line's room in a tall box (≥ 400 px, where Present mode draws the labels at 24 px, as
 * layout-monitoring's label room): 24 px left a 24 px label half below the picture, which clips it.
 */
const TALL_BOTTOM = 40;

const bottomRoom = (box: Box) => (box.height >= 400 ? TALL_BOTTOM : BOTTOM);

export function plotArea(box: Box): Rect {
  return { x: SIDE, y: TOP, w: Math.max(10, box.width - 2 * SIDE), h: Math.max(10, box.height - TOP - bottomRoom(box)) };
}

/** Where an axis label under the plot sits (its vertical centre), CSS px. */
export function axisY(box: Box): number {
  const r = plotArea(box);
  return r.y + r.h + bottomRoom(box) / 2 + 2;
}

/** Per-mark arrays with every mark hidden at the box's centre. */
export function blankMarks(dots: DotData, box: Box) {
  const n = dots.marks;
  return {
    x: new Float32Array(n).fill(box.width / 2),
    y: new Float32Array(n).fill(box.height / 2),
    ink: new Uint8Array(n).fill(INK.hidden),
    shape: new Uint8Array(n).fill(SHAPE.square),
  };
}

/** Label ink and shape: converted rows are orange plus signs, the rest blue squares. */
export function paintByLabel(dots: DotData, m: number, ink: Uint8Array, shape: Uint8Array): void {
  const yes = dots.label[m] === 1;
  ink[m] = yes ? INK.converted : INK.notConverted;
  shape[m] = yes ? SHAPE.plus : SHAPE.square;
}

export const LABEL_LEGEND = [
  { ink: INK.notConverted, shape: SHAPE.square, text: 'did not convert' },
  { ink: INK.converted, shape: SHAPE.plus, text: 'converted' },
] as const;
