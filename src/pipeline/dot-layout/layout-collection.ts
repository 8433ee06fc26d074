/** Stage 1: every session on the eight-week timeline, stacked by day, coloured by its label. */
import { fmtInt, fmtPct } from '../summary';
import type { DotData } from '../dot-data';
import { markSide } from './grid';
import { fitText } from './label-box';
import { axisY, blankMarks, LABEL_LEGEND, paintByLabel, plotArea } from './frame';
import { type Box, type DotLayout } from './types';

export function collectionLayout(dots: DotData, box: Box): DotLayout {
  const r = plotArea(box);
  const { x, y, ink, shape } = blankMarks(dots, box);
  const days = Math.max(1, dots.days);
  // Marks per day, not-converted first so the converted share sits on top of each day's stack.
  const byDay: number[][] = Array.from({ length: days }, () => []);
  for (let m = 0; m < dots.marks; m++) byDay[Math.min(days - 1, Math.floor(dots.time[m] * days))].push(m);
  for (const list of byDay) list.sort((a, b) => dots.label[a] - dots.label[b] || a - b);
  const colW = r.w / days;
  const most = byDay.reduce((a, l) => Math.max(a, l.length), 1);
  let s = Math.min(12, colW);
  while (s > 0.5 && Math.ceil(most / Math.max(1, Math.floor(colW / s))) * s > r.h) s *= 0.95;
  const perRow = Math.max(1, Math.floor(colW / s));
  byDay.forEach((list, d) => {
    list.forEach((m, k) => {
      x[m] = r.x + d * colW + ((k % perRow) + 0.5) * s;
      y[m] = r.y + r.h - (Math.floor(k / perRow) + 0.5) * s;
      paintByLabel(dots, m, ink, shape);
    });
  });
  const rows = dots.rows;
  const converted = dots.convertedRows;
  const share = rows ? converted / rows : 0;
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(s),
    labels: [
      {
        text: fitText(
          [
            `${fmtInt(rows)} sessions collected · ${fmtInt(converted)} converted (${fmtPct(share)})`,
            `${fmtInt(rows)} sessions · ${fmtInt(converted)} converted (${fmtPct(share)})`,
            `${fmtInt(rows)} sessions · ${fmtPct(share)} converted`,
          ],
          r.w,
        ),
        x: r.x,
        y: 14,
        align: 'start',
      },
      { text: 'day 1', x: r.x, y: axisY(box), align: 'start' },
      { text: `day ${days}`, x: r.x + r.w, y: axisY(box), align: 'end' },
    ],
    counts: { rows, converted, notConverted: rows - converted },
    summary: `${fmtInt(rows)} sessions arrive over ${days} days, one stack per day. ${fmtInt(converted)} converted (${fmtPct(share)}) and ${fmtInt(rows - converted)} did not.`,
    table: {
      caption: 'Collected sessions by label',
      columns: ['label', 'sessions', 'share'],
      rows: [
        ['converted', fmtInt(converted), fmtPct(share)],
        ['did not convert', fmtInt(rows - converted), fmtPct(1 - share)],
        ['total', fmtInt(rows), '100.0 %'],
      ],
    },
    legend: LABEL_LEGEND,
  };
}
