/**
 * Stages 4–5's split and training: the kept rows divide into the training and
 * validation blocks in the run's seeded shuffle order; after each epoch the
 * training marks are re-sorted by the model's answer (right below, wrong on
 * top), so the wrong pile visibly shrinks epoch by epoch.
 */
import { ROLE_TRAIN, ROLE_VALIDATION, type DotData } from '../dot-data';
import { commonSide, markSide, marksWhere, packGrid, type Rect } from './grid';
import { blankMarks, LABEL_LEGEND, paintByLabel, plotArea } from './frame';
import { fmt, INK, pct, SHAPE, type Box, type DotLayout } from './types';

/** The decision threshold the epoch view scores at (the epoch table's accuracy uses the same). */
export const EPOCH_THRESHOLD = 0.5;

export interface EpochView {
  /** 1-based epoch shown. */
  readonly epoch: number;
  readonly of: number;
  /** Probabilities for dots.trainMarks after that epoch. */
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
  const bySplit = (role: number) =>
    Array.from(marksWhere(dots.marks, (m) => dots.role[m] === role)).sort((a, b) => dots.splitPos[a] - dots.splitPos[b]);
  let train = bySplit(ROLE_TRAIN);
  const validation = bySplit(ROLE_VALIDATION);
  let wrong = 0;
  const answer = new Uint8Array(dots.marks); // 1 right, 2 wrong
  if (epoch && epoch.p.length === dots.trainMarks.length) {
    dots.trainMarks.forEach((m, j) => {
      const right = epoch.p[j] >= EPOCH_THRESHOLD === (dots.label[m] === 1);
      answer[m] = right ? 1 : 2;
      if (!right) wrong++;
    });
    train = [...train.filter((m) => answer[m] === 1), ...train.filter((m) => answer[m] === 2)];
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
    { text: `training ${fmt(split.trainRows)} (80 %)`, x: trainRect.x, y: 14, align: 'start' as const },
    { text: `validation ${fmt(split.validationRows)}`, x: valRect.x + valRect.w, y: 14, align: 'end' as const },
  ];
  const counts: Record<string, number> = { train: split.trainRows, validation: split.validationRows };
  let summary = `The ${fmt(total)} kept rows split by the run's seeded shuffle: ${fmt(split.trainRows)} train the model, ${fmt(split.validationRows)} are held out for validation.`;
  const rows: (string | number)[][] = [
    ['training', fmt(split.trainRows)],
    ['validation', fmt(split.validationRows)],
  ];
  if (epoch) {
    const wrongRows = Math.round(wrongShare * split.trainRows);
    counts.epoch = epoch.epoch;
    counts.wrongMarks = wrong;
    labels.push({
      text: `epoch ${epoch.epoch} of ${epoch.of}: ${pct(wrongShare)} of training rows wrong`,
      x: trainRect.x,
      y: r.y + r.h + 14,
      align: 'start' as const,
    });
    summary += ` After epoch ${epoch.epoch} of ${epoch.of} the model answers ${pct(1 - wrongShare)} of the training rows right and ${pct(wrongShare)} wrong (${fmt(wrongRows)} rows), at threshold ${EPOCH_THRESHOLD}.`;
    rows.push([`training rows wrong after epoch ${epoch.epoch}`, fmt(wrongRows)]);
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
