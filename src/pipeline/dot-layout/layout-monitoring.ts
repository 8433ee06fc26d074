/**
 * Stage 7: the live stream as marks. Upper part: one column per live batch,
 * one mark per live row — scored right (filled), wrong (plus) or turned away by
 * the serving gate (hollow) — filling the columns left to right as the stream
 * runs; the batch where the accuracy alert fired is labelled. Lower part: the
 * most drifted feature's live distribution over its training distribution.
 * Everything is read from the monitor slice (see live-batches.ts).
 * A new batch's marks drop into their column from its top.
 */
import { batchesSoFar } from '../monitor-log';
import { fmtInt, fmtPct } from '../summary';
import { markSide, type Rect } from './grid';
import { axisY, plotArea } from './frame';
import { binNames, OVERLAY_MARKS, placeOverlay } from './drift-overlay';
import { labelBox } from './label-box';
import { batchCounts, currentPage, driftingFeature, firstAccuracyAlert, totalCounts, type LiveView } from './live-batches';
import { INK, SHAPE, type Box, type DotLabel, type DotLayout } from './types';

/**
 * Gap between the stream and the overlay (holds the overlay's title) and the stream's alert-label row, px:
 * roomier in a tall box, where Present mode draws the labels at 24 px.
 */
const labelRoom = (box: Box) => (box.height >= 400 ? { GAP: 40, ALERT_ROW: 32 } : { GAP: 26, ALERT_ROW: 18 });
/** A live batch moves into its column faster than the next one arrives (TICK_MS = 400). */
export const STREAM_RETARGET_MS = 300;

/** Batch columns on one page for a box width: about one per 14 px, 8 to 36. */
export function streamSlots(width: number): number {
  return Math.max(8, Math.min(36, Math.floor(plotArea({ width, height: 100 }).w / 14)));
}

/** Marks in the picture: a full page of batches plus the overlay (fixed per box, so new batches only retarget). */
export function monitoringMarks(box: Box, batchRows: number): number {
  return streamSlots(box.width) * batchRows + OVERLAY_MARKS;
}

export function monitoringLayout(v: LiveView, box: Box): DotLayout {
  const r = plotArea(box);
  const { GAP, ALERT_ROW } = labelRoom(box);
  const slots = streamSlots(box.width);
  const per = v.batchRows;
  const n = monitoringMarks(box, per);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const ink = new Uint8Array(n).fill(INK.hidden);
  const shape = new Uint8Array(n);
  const streamH = Math.round((r.h - GAP) * 0.6);
  const stream: Rect = { x: r.x, y: r.y + ALERT_ROW, w: r.w, h: streamH - ALERT_ROW };
  const hist: Rect = { x: r.x, y: r.y + streamH + GAP, w: r.w, h: r.h - streamH - GAP };
  const colW = stream.w / slots;
  const inner = colW >= 4 ? colW - 1 : colW;
  let s = Math.min(8, inner);
  while (s > 0.6 && Math.ceil(per / Math.max(1, Math.floor(inner / s))) * s > stream.h) s *= 0.95;
  const perRow = Math.max(1, Math.floor(inner / s));
  const { start, shown } = currentPage(v.points, slots);
  const bySlot = new Map(shown.map((p) => [p.tick - start, p]));
  for (let slot = 0; slot < slots; slot++) {
    const p = bySlot.get(slot);
    const c = p ? batchCounts(p) : null;
    for (let k = 0; k < per; k++) {
      const m = slot * per + k;
      y[m] = stream.y + stream.h - (Math.floor(k / perRow) + 0.5) * s;
      x[m] = stream.x + slot * colW + ((k % perRow) + 0.5) * s;
      if (!c || k >= c.right + c.wrong + c.rejected) {
        // Columns still to come wait at their column's top, so a new batch drops into its own column
        // (and only that column's pixels change: the player then puts just that box on the canvas).
        if (!p) y[m] = stream.y;
        continue;
      }
      [ink[m], shape[m]] =
        k < c.right ? [INK.right, SHAPE.square] : k < c.right + c.wrong ? [INK.wrong, SHAPE.plus] : [INK.faded, SHAPE.ring];
    }
  }
  const feature = driftingFeature(v.drift);
  const overlay = placeOverlay(feature, hist, slots * per, { x, y, ink, shape }, s);
  const all = totalCounts(v.points);
  const alert = firstAccuracyAlert(v.log);
  const last = v.points[v.points.length - 1];
  const labels: DotLabel[] = [];
  const end = start + slots - 1;
  labels.push({
    text: last ? `batches ${start}–${end}: one mark per live row` : 'no live batches yet',
    x: r.x,
    y: 14,
    align: 'start',
  });
  if (alert && alert.tick >= start && alert.tick <= end) {
    const left = stream.x + (alert.tick - start) * colW;
    const early = alert.tick - start < slots / 2;
    labels.push({
      // The triangle sits at the label's end nearest the column.
      text: early ? `▼ alert: batch ${alert.tick}` : `alert: batch ${alert.tick} ▼`,
      x: early ? left : left + colW,
      y: r.y + ALERT_ROW / 2,
      align: early ? 'start' : 'end',
    });
  }
  if (feature) {
    labels.push({ text: `${feature.name}: training vs live`, x: r.x, y: hist.y - GAP / 2, align: 'start' });
    const labelY = axisY(box);
    if (feature.edges.length > 0) {
      labels.push({ text: 'low', x: r.x, y: labelY, align: 'start' });
      labels.push({ text: 'high', x: r.x + r.w, y: labelY, align: 'end' });
    } else {
      // Categories under their bars, where every name fits its bin (the table names them all anyway).
      const names = binNames(feature);
      const binW = hist.w / names.length;
      if (names.every((t) => labelBox({ text: t, x: 0, y: 0, align: 'start' }).w <= binW - 4))
        names.forEach((t, i) => labels.push({ text: t, x: hist.x + (i + 0.5) * binW, y: labelY, align: 'middle' }));
    }
  }
  const rolling = last?.rollingAccuracy ?? null;
  const side =
    rolling === null
      ? 'filling the rolling window'
      : `${rolling < v.threshold ? 'below' : 'at or above'} the ${fmtPct(v.threshold, 0)} threshold`;
  const capped = all.scored + all.rejected !== v.rows;
  const big = overlay.biggest;
  const summary = last
    ? [
        `${fmtInt(batchesSoFar(v.points))} live batches so far: ${fmtInt(v.rows)} rows, ${fmtInt(v.faulty)} turned away by the serving gate.`,
        `Of the scored rows${capped ? ` in the last ${fmtInt(v.points.length)} batches` : ''}, ${fmtInt(all.right)} were predicted right and ${fmtInt(all.wrong)} wrong.`,
        `Rolling accuracy at batch ${last.tick}: ${rolling === null ? '—' : fmtPct(rolling)}, ${side}.`,
        alert
          ? `The accuracy alert fired at batch ${alert.tick} (rolling accuracy ${fmtPct(alert.rawValue)}).`
          : 'No accuracy alert has fired.',
        feature && big
          ? `The feature that moved most is ${feature.name} (PSI ${feature.psi.toFixed(2)}): ${fmtPct(big.live)} of live rows fall in ${big.bin}, against ${fmtPct(big.training)} of training rows.`
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : 'No live batches yet: start the stream to watch them arrive.';
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(Math.min(s, overlay.side)),
    labels,
    counts: {
      batches: batchesSoFar(v.points),
      rows: v.rows,
      faulty: v.faulty,
      right: all.right,
      wrong: all.wrong,
      pageStart: start,
      alertTick: alert?.tick ?? -1,
    },
    summary,
    table: {
      caption: `Live batches ${start}–${end} (one mark per row)`,
      columns: ['batch', 'right', 'wrong', 'turned away', 'rolling accuracy'],
      rows: shown.map((p) => {
        const c = batchCounts(p);
        return [
          String(p.tick),
          fmtInt(c.right),
          fmtInt(c.wrong),
          fmtInt(c.rejected),
          p.rollingAccuracy === null ? '—' : fmtPct(p.rollingAccuracy),
        ];
      }),
    },
    extraTable: feature
      ? {
          caption: `${feature.name}: share of rows per bin, training vs the live window (PSI ${feature.psi.toFixed(2)})`,
          columns: ['bin', 'training', 'live'],
          rows: overlay.tableRows,
        }
      : undefined,
    legend: [
      { ink: INK.right, shape: SHAPE.square, text: 'predicted right' },
      { ink: INK.wrong, shape: SHAPE.plus, text: 'predicted wrong' },
      { ink: INK.faded, shape: SHAPE.ring, text: 'turned away (faulty)' },
      { ink: INK.trainingShare, shape: SHAPE.ring, text: 'training share (1 mark = 1 %)' },
      { ink: INK.liveShare, shape: SHAPE.square, text: 'live share (1 mark = 1 %)' },
    ],
    rowsPerMark: 1,
    retargetMs: STREAM_RETARGET_MS,
  };
}
