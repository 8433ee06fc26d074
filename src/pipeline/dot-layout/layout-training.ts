/**
 * Stages 4–5's split and training: the kept rows divide into the training and
 * validation blocks in the run's seeded shuffle order; after each epoch the
 * training marks are re-sorted by the answer the model gave them during that
 * epoch (right below, wrong on top), so the wrong pile visibly shrinks epoch by
 * epoch.
 */
import { fmtInt, fmtPct } from '../summary';
import { ROLE_TRAIN, ROLE_VALIDATION, type DotData } from '../dot-data';
import { commonSide, markSide, packGrid, type Rect } from './grid';
import { axisY, blankMarks, LABEL_LEGEND, paintByLabel, plotArea } from './frame';
import { INK, SHAPE, type Box, type DotLayout } from './types';

/** The decision threshold the epoch view scores at (the epoch table's accuracy uses the same). */
export const EPOCH_THRESHOLD = 0.5;

export interface EpochView {
  /** 1-based epoch shown. */
  readonly epoch: number;
  readonly of: number;
  /** Probabilities the model gave dots.trainMarks during that epoch's training steps. */
  readonly p: Float32Array;
}

export function trainingLayout(
  dots: DotData,
  split: { trainRows: number; validationRows: number },
  epoch: EpochView | null,
  box: Box,
): DotLayout {
  const r = plotArea(box);
  const { x, y, ink, shape } = blankMarks(dots, box);
  const total = split.trainRows + split.validationRows || 1;
  const gap = 14;
  const trainW = (r.w - gap) * (split.trainRows / total);
  const trainRect: Rect = { x: r.x, y: r.y, w: trainW, h: r.h };
  const valRect: Rect = { x: r.x + trainW + gap, y: r.y, w: r.w - trainW - gap, h: r.h };
  let train = inSplitOrder(dots, ROLE_TRAIN);
  const validation = inSplitOrder(dots, ROLE_VALIDATION);
  let wrong = 0;
  const answer = new Uint8Array(dots.marks); // 1 right, 2 wrong
  if (epoch && epoch.p.length === dots.trainMarks.length) {
    for (let j = 0; j < dots.trainMarks.length; j++) {
      const m = dots.trainMarks[j];
      const right = epoch.p[j] >= EPOCH_THRESHOLD === (dots.label[m] === 1);
      answer[m] = right ? 1 : 2;
      if (!right) wrong++;
    }
    // Right answers first (they fill the bottom rows), wrong ones on top; split order within each.
    const sorted = new Uint32Array(train.length);
    let k = 0;
    for (const want of [1, 2]) for (const m of train) if (answer[m] === want) sorted[k++] = m;
    train = sorted;
  }
  const s = commonSide([
    { n: train.length, r: trainRect },
    { n: validation.length, r: valRect },
  ]);
  packGrid(train, trainRect, s, x, y);
  packGrid(validation, valRect, s, x, y);
  for (const m of train) {
    if (answer[m] === 0) paintByLabel(dots, m, ink, shape);
    else [ink[m], shape[m]] = answer[m] === 1 ? [INK.right, SHAPE.square] : [INK.wrong, SHAPE.plus];
  }
  for (const m of validation) [ink[m], shape[m]] = [INK.faded, SHAPE.ring];
  const trainedMarks = dots.trainMarks.length;
  const wrongShare = trainedMarks ? wrong / trainedMarks : 0;
  const labels = [
    { text: `training ${fmtInt(split.trainRows)} (80 %)`, x: trainRect.x, y: 14, align: 'start' as const },
    { text: `validation ${fmtInt(split.validationRows)}`, x: valRect.x + valRect.w, y: 14, align: 'end' as const },
  ];
  const counts: Record<string, number> = { train: split.trainRows, validation: split.validationRows };
  let summary = `The ${fmtInt(total)} kept rows split by the run's seeded shuffle: ${fmtInt(split.trainRows)} train the model, ${fmtInt(split.validationRows)} are held out for validation.`;
  const rows: (string | number)[][] = [
    ['training', fmtInt(split.trainRows)],
    ['validation', fmtInt(split.validationRows)],
  ];
  if (epoch) {
    const wrongRows = Math.round(wrongShare * split.trainRows);
    counts.epoch = epoch.epoch;
    counts.wrongMarks = wrong;
    labels.push({
      text: `epoch ${epoch.epoch} of ${epoch.of}: ${fmtPct(wrongShare)} of training rows wrong`,
      x: trainRect.x,
      y: axisY(box),
      align: 'start' as const,
    });
    summary += ` During epoch ${epoch.epoch} of ${epoch.of} the model answered ${fmtPct(1 - wrongShare)} of the training rows right and ${fmtPct(wrongShare)} wrong (${fmtInt(wrongRows)} rows), at threshold ${EPOCH_THRESHOLD}: the answers the epoch's training accuracy counts.`;
    rows.push([`training rows wrong in epoch ${epoch.epoch}`, fmtInt(wrongRows)]);
  }
  return {
    x,
    y,
    ink,
    shape,
    size: markSide(s),
    labels,
    counts,
    summary,
    table: { caption: 'The split and the model’s answers', columns: ['rows', 'count'], rows },
    legend: epoch
      ? [
          { ink: INK.right, shape: SHAPE.square, text: 'answered right' },
          { ink: INK.wrong, shape: SHAPE.plus, text: 'answered wrong' },
          { ink: INK.faded, shape: SHAPE.ring, text: 'validation (not trained on)' },
        ]
      : [...LABEL_LEGEND, { ink: INK.faded, shape: SHAPE.ring, text: 'validation (not trained on)' }],
  };
}

/**
 * The marks of one split in the split's own order (the run's seeded shuffle):
 * one numeric sort of (splitPos, mark) keys packed into doubles — no comparator
 * callback, and the cost follows the marks (≤ 10,000), not the rows (where a
 * bucket per split position cost ~800,000 slots at 1,000,000 rows).
 */
export function inSplitOrder(dots: DotData, role: number): Uint32Array {
  let count = 0;
  for (let m = 0; m < dots.marks; m++) if (dots.role[m] === role) count++;
  // splitPos < 2^31 and mark < 2^21: the key splitPos · 2^21 + mark is an exact double.
  const keys = new Float64Array(count);
  let k = 0;
  for (let m = 0; m < dots.marks; m++) if (dots.role[m] === role) keys[k++] = dots.splitPos[m] * 2 ** 21 + m;
  keys.sort();
  return Uint32Array.from(keys, (key) => key % 2 ** 21);
}
