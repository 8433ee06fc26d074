/** Stage 2: clean rows stay in one block; faulty rows leave into a bin per broken rule. */
import { fmtInt } from '../summary';
import type { DotData } from '../dot-data';
import { FAULT_KINDS, type FaultKind } from '../faults';
import { commonSide, markSide, marksWhere, packGrid, packGridFromTop, type Rect } from './grid';
import { labelBox } from './label-box';
import { blankMarks, plotArea } from './frame';
import { INK, SHAPE, type Box, type DotLayout } from './types';

/** Short bin names (the labels must fit beside a phone-width bin). */
export const BIN_NAMES: Readonly<Record<FaultKind, string>> = {
  missing_clicks: 'missing clicks',
  negative_session_length: 'negative length',
  clicks_exceed_page_views: 'clicks > views',
  scroll_depth_out_of_range: 'scroll outside 0–1',
};

const BIN_INK = [INK.faultMissing, INK.faultNegative, INK.faultClicks, INK.faultScroll];
const LABEL_H = 19;

/** `counts` are the cleaning step's exact counts over all rows (the snapshot's, as in the card line). */
export function cleaningLayout(dots: DotData, counts: Readonly<Record<FaultKind, number>>, box: Box): DotLayout {
  const r = plotArea(box);
  const { x, y, ink, shape } = blankMarks(dots, box);
  // The bins are as wide as their longest label (so no label runs past the box) and at least a third of the plot.
  const binLabels = FAULT_KINDS.map((k) => `${BIN_NAMES[k]}: ${fmtInt(counts[k])}`);
  const binW = Math.min(
    r.w * 0.6,
    Math.max(r.w * 0.36, ...binLabels.map((t) => labelBox({ text: t, x: 0, y: 0, align: 'start' }).w)),
  );
  const keptRect: Rect = { x: r.x, y: r.y, w: r.w - binW - 12, h: r.h };
  const binH = r.h / FAULT_KINDS.length;
  const bins = FAULT_KINDS.map((_, k) => ({
    marks: marksWhere(dots.marks, (m) => dots.fault[m] === k + 1),
    rect: { x: r.x + r.w - binW, y: r.y + k * binH + LABEL_H, w: binW, h: binH - LABEL_H - 2 },
  }));
  const kept = marksWhere(dots.marks, (m) => dots.fault[m] === 0);
  const s = commonSide([{ n: kept.length, r: keptRect }, ...bins.map((b) => ({ n: b.marks.length, r: b.rect }))]);
  packGrid(kept, keptRect, s, x, y);
  kept.forEach((m) => (ink[m] = INK.neutral));
  bins.forEach((b, k) => {
    // Top down, right under the bin's own label (bottom-up left a few marks next to the following bin's label).
    packGridFromTop(b.marks, b.rect, s, x, y);
    b.marks.forEach((m) => ((ink[m] = BIN_INK[k]), (shape[m] = SHAPE.plus)));
  });
  const dropped = FAULT_KINDS.reduce((a, k) => a + counts[k], 0);
  const keptRows = dots.rows - dropped;
  const parts = FAULT_KINDS.filter((k) => counts[k] > 0).map((k) => `${fmtInt(counts[k])} ${BIN_NAMES[k]}`);
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(s),
    labels: [
      { text: `${fmtInt(dots.rows)} → ${fmtInt(keptRows)} rows kept`, x: keptRect.x, y: 14, align: 'start' },
      { text: `${fmtInt(dropped)} dropped`, x: r.x + r.w, y: 14, align: 'end' },
      ...FAULT_KINDS.map((_, i) => ({
        text: binLabels[i],
        x: r.x + r.w - binW,
        y: r.y + i * binH + LABEL_H / 2,
        align: 'start' as const,
      })),
    ],
    counts: { rows: dots.rows, kept: keptRows, dropped, ...counts },
    summary: `Cleaning keeps ${fmtInt(keptRows)} of ${fmtInt(dots.rows)} rows. ${fmtInt(dropped)} faulty rows leave into bins by the rule they break${parts.length ? `: ${parts.join(', ')}` : ''}.`,
    table: {
      caption: 'Rows by cleaning outcome',
      columns: ['outcome', 'rows'],
      rows: [
        ['kept', fmtInt(keptRows)],
        ...FAULT_KINDS.map((k) => [`dropped: ${BIN_NAMES[k]}`, fmtInt(counts[k])]),
        ['total', fmtInt(dots.rows)],
      ],
    },
    legend: [
      { ink: INK.neutral, shape: SHAPE.square, text: 'clean row' },
      ...FAULT_KINDS.map((k, i) => ({ ink: BIN_INK[i], shape: SHAPE.plus, text: BIN_NAMES[k] })),
    ],
  };
}
