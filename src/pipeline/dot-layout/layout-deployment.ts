/**
 * Stage 6: the weights as marks. One tensor's float32 values form a histogram;
 * in the uint8 package each value snaps onto one of its tensor's 256 levels
 * (q·scale + min), so the histogram collapses into level columns. Below, the
 * validation rows, with those whose decision changed after quantization lit up.
 */
import { fmtInt } from '../summary';
import { markSide, packGrid, cellSideFor, type Rect } from './grid';
import { plotArea } from './frame';
import { fitText } from './label-box';
import { MAX_MARKS } from '../dot-data';
import { INK, SHAPE, type Box, type DotLayout } from './types';

/** What the engine measures for stage 6 (ml/quantization-view.ts returns exactly this): float32 weights, their uint8 round trip, and the validation positions whose decision changes. */
export interface QuantizedWeights {
  readonly weights: Float32Array;
  readonly quantized: Float32Array;
  readonly tensorOf: Uint8Array;
  readonly tensors: readonly { readonly name: string; readonly count: number; readonly scale: number; readonly min: number }[];
  readonly changed: Uint32Array;
  readonly validationRows: number;
  readonly threshold: number;
}

/** The tensor with the most weights (the first hidden layer's kernel): the one drawn. */
export function shownTensor(q: QuantizedWeights): number {
  let best = 0;
  q.tensors.forEach((t, k) => (t.count > q.tensors[best].count ? (best = k) : 0));
  return best;
}

/** Validation rows per mark: 1 up to MAX_MARKS rows, then a fixed number (as the other stages' marks). */
export const rowsPerMark = (q: QuantizedWeights): number => Math.max(1, Math.ceil(q.validationRows / MAX_MARKS));

/** Marks: the shown tensor's weights first, then one per validation row (or per rowsPerMark rows). */
export function deploymentMarks(q: QuantizedWeights): number {
  return q.tensors[shownTensor(q)].count + Math.ceil(q.validationRows / rowsPerMark(q));
}

export function deploymentLayout(q: QuantizedWeights, snapped: boolean, box: Box): DotLayout {
  const r = plotArea(box);
  const k = shownTensor(q);
  const t = q.tensors[k];
  const start = q.tensors.slice(0, k).reduce((a, x) => a + x.count, 0);
  const nW = t.count;
  const stride = rowsPerMark(q);
  const rowMarks = Math.ceil(q.validationRows / stride);
  const n = nW + rowMarks;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const ink = new Uint8Array(n);
  const shape = new Uint8Array(n);
  const gap = 22;
  const histH = (r.h - gap) * 0.62;
  const hist: Rect = { x: r.x, y: r.y, w: r.w, h: histH };
  const rows: Rect = { x: r.x, y: r.y + histH + gap, w: r.w, h: r.h - histH - gap };
  // The tensor's 256 levels span [min, min + 255·scale]; x maps that range onto the plot.
  const lo = t.min;
  const hi = t.min + 255 * t.scale;
  // One column per level where there is room; on a narrow box neighbouring levels share a column.
  const s = Math.max(2.5, Math.min(5, r.w / 256));
  const cols = Math.max(1, Math.floor(hist.w / s));
  const colOf = (v: number) => Math.min(cols - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo || 1)) * (cols - 1) + 0.5)));
  if (snapped) {
    // Snapped: each weight stacks on its level's column, so the spread collapses into level columns.
    const heights = new Uint16Array(cols);
    const level = new Uint16Array(nW);
    for (let i = 0; i < nW; i++) heights[(level[i] = colOf(q.quantized[start + i]))]++;
    const unit = Math.min(
      s,
      hist.h /
        Math.max(
          1,
          heights.reduce((a, h) => Math.max(a, h), 1),
        ),
    );
    heights.fill(0);
    for (let i = 0; i < nW; i++) {
      x[i] = hist.x + (level[i] + 0.5) * s;
      y[i] = hist.y + hist.h - (heights[level[i]]++ + 0.5) * unit;
    }
  } else {
    // Float32: each weight at its exact value, spread over the band's height (a strip plot).
    for (let i = 0; i < nW; i++) {
      const v = q.weights[start + i];
      x[i] = hist.x + (((v - lo) / (hi - lo || 1)) * (cols - 1) + 0.5) * s;
      y[i] = hist.y + s / 2 + ((i * 0.618034) % 1) * (hist.h - s);
    }
  }
  for (let i = 0; i < nW; i++) ink[i] = INK.weight;
  // A row mark is lit when any of the rows it stands for changed decision (all of them at stride 1).
  const lit = new Uint8Array(rowMarks);
  for (const i of q.changed) lit[Math.floor(i / stride)] = 1;
  const rs = cellSideFor(rowMarks, rows, 8);
  const order = Uint32Array.from({ length: rowMarks }, (_, i) => nW + i);
  packGrid(order, rows, rs, x, y);
  for (let i = 0; i < rowMarks; i++) [ink[nW + i], shape[nW + i]] = lit[i] ? [INK.changed, SHAPE.plus] : [INK.faded, SHAPE.ring];
  const levelsUsed = new Set(Array.from({ length: nW }, (_, i) => Math.round((q.quantized[start + i] - t.min) / t.scale))).size;
  const nChanged = q.changed.length;
  const changedText = `${fmtInt(nChanged)} of ${fmtInt(q.validationRows)} validation row${q.validationRows === 1 ? '' : 's'} change${nChanged === 1 ? 's' : ''} decision`;
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(Math.min(s, rs)),
    labels: [
      {
        text: snapped
          ? `${fmtInt(nW)} weights on ${fmtInt(levelsUsed)} of 256 uint8 levels`
          : `${fmtInt(nW)} float32 weights (${t.name})`,
        x: r.x,
        y: 14,
        align: 'start',
      },
      {
        text: fitText(
          [changedText, `${fmtInt(nChanged)} of ${fmtInt(q.validationRows)} rows change${nChanged === 1 ? 's' : ''} decision`],
          rows.w,
        ),
        x: rows.x,
        y: rows.y - gap / 2,
        align: 'start',
      },
    ],
    counts: { weights: nW, levelsUsed, changed: nChanged, validationRows: q.validationRows, rowsPerMark: stride },
    summary: snapped
      ? `In the uint8 package the ${fmtInt(nW)} weights of ${t.name} snap onto ${fmtInt(levelsUsed)} of its 256 levels (step ${t.scale.toPrecision(3)}). Served by the reloaded uint8 model, ${changedText} at threshold ${q.threshold.toFixed(2)}.${stride > 1 ? ` Each validation mark stands for ${fmtInt(stride)} rows and is lit when any of them changed.` : ''}`
      : `The ${fmtInt(nW)} float32 weights of ${t.name}, from ${lo.toPrecision(3)} to ${hi.toPrecision(3)}.`,
    table: {
      caption: 'Weights and decisions before and after uint8 quantization',
      columns: ['what', 'value'],
      rows: [
        [`weights in ${t.name}`, fmtInt(nW)],
        ['uint8 levels used', `${fmtInt(levelsUsed)} of 256`],
        ['level step (scale)', t.scale.toPrecision(3)],
        ['validation rows whose decision changed', `${fmtInt(nChanged)} of ${fmtInt(q.validationRows)}`],
      ],
    },
    legend: [
      { ink: INK.weight, shape: SHAPE.square, text: 'a weight' },
      { ink: INK.faded, shape: SHAPE.ring, text: 'validation row, same decision' },
      { ink: INK.changed, shape: SHAPE.plus, text: 'decision changed by uint8' },
    ],
  };
}
