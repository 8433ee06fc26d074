/**
 * Stage 5: the held-out rows sort into the confusion matrix's four cells at the
 * current threshold (moving the threshold moves marks between cells), beside
 * the accuracy of always answering the majority class.
 */
import { fmtInt, fmtPct } from '../summary';
import { ROLE_VALIDATION, type DotData } from '../dot-data';
import { accuracyOf, confusion, type Confusion } from '../metrics';
import { confusionAt, type ScoreSummary } from '../score-summary';
import { commonSide, markSide, marksWhere, packGrid, type Rect } from './grid';
import { blankMarks, plotArea } from './frame';
import { fitText } from './label-box';
import { INK, SHAPE, type Box, type DotLayout } from './types';

type Cell = keyof Confusion;
/** Same arrangement as the confusion-matrix table: actual by row, predicted by column. */
const CELLS: readonly { cell: Cell; name: string; short: string; row: 0 | 1; col: 0 | 1; right: boolean }[] = [
  { cell: 'tp', name: 'true positives', short: 'true pos.', row: 0, col: 0, right: true },
  { cell: 'fn', name: 'false negatives', short: 'false neg.', row: 0, col: 1, right: false },
  { cell: 'fp', name: 'false positives', short: 'false pos.', row: 1, col: 0, right: false },
  { cell: 'tn', name: 'true negatives', short: 'true neg.', row: 1, col: 1, right: true },
];

/** Majority-class accuracy: the score of always answering whichever label is commoner. */
export function baselineAccuracy(c: Confusion): number {
  const n = c.tp + c.fp + c.tn + c.fn;
  const positives = c.tp + c.fn;
  return n ? Math.max(positives, n - positives) / n : 0;
}

export function validationLayout(
  dots: DotData,
  scores: { readonly y: Float32Array; readonly p: Float32Array; readonly summary?: ScoreSummary },
  threshold: number,
  box: Box,
): DotLayout {
  const r = plotArea(box);
  const { x, y, ink, shape } = blankMarks(dots, box);
  // The worker's summary answers in O(log n) per threshold step (196,000 rows at 1,000,000); the same counts.
  const c = scores.summary ? confusionAt(scores.summary, threshold) : confusion(scores.y, scores.p, threshold);
  const cellOf = (m: number): Cell => {
    const pos = dots.splitPos[m];
    const pred = scores.p[pos] >= threshold;
    return scores.y[pos] >= 0.5 ? (pred ? 'tp' : 'fn') : pred ? 'fp' : 'tn';
  };
  const valMarks = marksWhere(dots.marks, (m) => dots.role[m] === ROLE_VALIDATION && dots.splitPos[m] < scores.p.length);
  const gap = 10;
  const labelH = 18;
  const cw = (r.w - gap) / 2;
  const ch = (r.h - gap) / 2;
  const byCell: Record<Cell, number[]> = { tp: [], fn: [], fp: [], tn: [] };
  for (const m of valMarks) byCell[cellOf(m)].push(m);
  const groups = CELLS.map((k) => {
    const rect: Rect = { x: r.x + k.col * (cw + gap), y: r.y + k.row * (ch + gap) + labelH, w: cw, h: ch - labelH };
    return { ...k, rect, marks: byCell[k.cell] };
  });
  const s = commonSide(groups.map((g) => ({ n: g.marks.length, r: g.rect })));
  for (const g of groups) {
    packGrid(g.marks, g.rect, s, x, y);
    for (const m of g.marks) [ink[m], shape[m]] = g.right ? [INK.right, SHAPE.square] : [INK.wrong, SHAPE.plus];
  }
  const acc = accuracyOf(c);
  const base = baselineAccuracy(c);
  const majority = c.tp + c.fn > c.tn + c.fp ? 'yes' : 'no';
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(s),
    labels: [
      { text: `model ${fmtPct(acc)} · always “${majority}” ${fmtPct(base)}`, x: r.x, y: 14, align: 'start' },
      ...groups.map((g) => ({
        text: fitText([`${g.name}: ${fmtInt(c[g.cell])}`, `${g.short}: ${fmtInt(c[g.cell])}`], cw),
        x: g.rect.x,
        y: g.rect.y - labelH / 2,
        align: 'start' as const,
      })),
    ],
    counts: { ...c, rows: c.tp + c.fp + c.tn + c.fn },
    summary: `At threshold ${threshold.toFixed(2)} the ${fmtInt(c.tp + c.fp + c.tn + c.fn)} validation rows sort into ${fmtInt(c.tp)} true positives, ${fmtInt(c.fn)} false negatives, ${fmtInt(c.fp)} false positives and ${fmtInt(c.tn)} true negatives: accuracy ${fmtPct(acc)}, against ${fmtPct(base)} for always answering “${majority}”.`,
    table: {
      caption: `Validation rows by outcome at threshold ${threshold.toFixed(2)}`,
      columns: ['outcome', 'rows'],
      rows: [
        ...groups.map((g) => [g.name, fmtInt(c[g.cell])]),
        ['model accuracy', fmtPct(acc)],
        [`always “${majority}”`, fmtPct(base)],
      ],
    },
    legend: [
      { ink: INK.right, shape: SHAPE.square, text: 'answered right' },
      { ink: INK.wrong, shape: SHAPE.plus, text: 'answered wrong' },
    ],
  };
}
