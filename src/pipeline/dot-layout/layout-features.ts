/**
 * Stage 3: the kept rows re-arranged by the new click_rate column — one unit
 * histogram per label (did not convert above, converted below) on a shared
 * click-rate axis, so how far the label separates is visible.
 */
import type { DotData } from '../dot-data';
import { fmtInt, type Shape } from '../summary';
import { markSide, type Rect } from './grid';
import { axisY, blankMarks, LABEL_LEGEND, paintByLabel, plotArea } from './frame';
import { type Box, type DotLayout } from './types';

export const RATE_BINS = 20;
/** The marks re-arrange by click_rate after the two new columns have joined the rows (the view's join strip), ms. */
export const JOIN_MS = 900;
const GAP = 18;

export function featuresLayout(dots: DotData, shapes: { clean: Shape; features: Shape }, box: Box): DotLayout {
  const r = plotArea(box);
  const { x, y, ink, shape } = blankMarks(dots, box);
  const band = (r.h - GAP) / 2;
  // Columns per label band: [label][bin] → marks.
  const cols: number[][][] = [0, 1].map(() => Array.from({ length: RATE_BINS }, () => []));
  let kept = 0;
  for (let m = 0; m < dots.marks; m++) {
    const rate = dots.clickRate[m];
    if (Number.isNaN(rate)) continue;
    kept++;
    const bin = Math.min(RATE_BINS - 1, Math.max(0, Math.floor(rate * RATE_BINS)));
    cols[dots.label[m]][bin].push(m);
  }
  const colW = r.w / RATE_BINS;
  const most = cols.flat().reduce((a, l) => Math.max(a, l.length), 1);
  let s = Math.min(12, colW);
  while (s > 0.5 && Math.ceil(most / Math.max(1, Math.floor(colW / s))) * s > band) s *= 0.95;
  const perRow = Math.max(1, Math.floor(colW / s));
  const bands: Rect[] = [
    { x: r.x, y: r.y, w: r.w, h: band },
    { x: r.x, y: r.y + band + GAP, w: r.w, h: band },
  ];
  cols.forEach((byBin, label) =>
    byBin.forEach((list, b) =>
      list.forEach((m, k) => {
        x[m] = bands[label].x + b * colW + ((k % perRow) + 0.5) * s;
        y[m] = bands[label].y + bands[label].h - (Math.floor(k / perRow) + 0.5) * s;
        paintByLabel(dots, m, ink, shape);
      }),
    ),
  );
  const markCount = (label: number) => cols[label].reduce((a, l) => a + l.length, 0);
  const rows = shapes.features[0];
  const [before, after] = [shapes.clean[1], shapes.features[1]];
  const added = after - before;
  const perMark = dots.stride;
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(s),
    labels: [
      {
        // The join strip above the picture names the two new columns.
        text: `${fmtInt(rows)} rows · ${before} → ${after} columns`,
        x: r.x,
        y: 14,
        align: 'start',
      },
      { text: 'did not convert', x: r.x + r.w, y: r.y + 8, align: 'end' },
      { text: 'converted', x: r.x + r.w, y: r.y + band + GAP + 8, align: 'end' },
      { text: 'click_rate 0', x: r.x, y: axisY(box), align: 'start' },
      { text: '1', x: r.x + r.w, y: axisY(box), align: 'end' },
    ],
    counts: { rows, columnsBefore: before, columnsAfter: after, markedRows: kept * perMark },
    summary: `${added > 0 ? `click_rate and time_since_last_click join each of the ${fmtInt(rows)} rows: ${before} → ${after} columns.` : `Engineered features are off: the ${fmtInt(rows)} rows keep their ${before} columns.`} Arranged by click_rate (clicks ÷ page views), one histogram per label: ${fmtInt(markCount(0) * perMark)} did not convert, ${fmtInt(markCount(1) * perMark)} converted.`,
    table: {
      caption:
        perMark > 1
          ? `Rows by click_rate and label (marks × ${fmtInt(perMark)}: each mark stands for ${fmtInt(perMark)} rows)`
          : 'Rows by click_rate and label',
      columns: ['click_rate', 'did not convert', 'converted'],
      rows: Array.from({ length: RATE_BINS }, (_, b) => [
        `${(b / RATE_BINS).toFixed(2)}–${((b + 1) / RATE_BINS).toFixed(2)}`,
        fmtInt(cols[0][b].length * perMark),
        fmtInt(cols[1][b].length * perMark),
      ]),
    },
    legend: LABEL_LEGEND,
    enterDelayMs: added > 0 ? JOIN_MS : 0,
  };
}
