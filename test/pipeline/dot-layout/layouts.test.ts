/**
 * The dot layouts on a fixed seed: every count a layout shows equals the run's
 * own count (the card line's source), marks sit inside the box, and the
 * number of marks in each region equals that region's count at one mark per row.
 */
import { buildDotData, ROLE_TRAIN } from '../../../src/pipeline/dot-data';
import { cleaningLayout } from '../../../src/pipeline/dot-layout/layout-cleaning';
import { collectionLayout } from '../../../src/pipeline/dot-layout/layout-collection';
import { featuresLayout } from '../../../src/pipeline/dot-layout/layout-features';
import { EPOCH_THRESHOLD, trainingLayout } from '../../../src/pipeline/dot-layout/layout-training';
import { baselineAccuracy, validationLayout } from '../../../src/pipeline/dot-layout/layout-validation';
import { INK, type DotLayout } from '../../../src/pipeline/dot-layout/types';
import { FAULT_KINDS } from '../../../src/pipeline/faults';
import { confusion } from '../../../src/pipeline/metrics';
import { buildSnapshot } from '../../../src/pipeline/snapshot';
import { dataFor } from '../fixtures';

const { data } = dataFor({ rows: 3000, seed: 11 });
const snap = buildSnapshot(data);
const dots = snap.dots;
const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };

function expectInside(l: DotLayout, box: { width: number; height: number }): void {
  for (let m = 0; m < l.x.length; m++) {
    if (l.ink[m] === INK.hidden) continue;
    expect(l.x[m]).toBeGreaterThanOrEqual(0);
    expect(l.x[m]).toBeLessThanOrEqual(box.width);
    expect(l.y[m]).toBeGreaterThanOrEqual(0);
    expect(l.y[m]).toBeLessThanOrEqual(box.height);
  }
}

const visible = (l: DotLayout) => l.ink.filter((k) => k !== INK.hidden).length;
const BOXES = [
  { width: 1180, height: 300 },
  { width: 340, height: 280 },
];

describe.each(BOXES)('dot layouts in a $width × $height box', (box) => {
  it('collection: every row, the class share from the rows themselves', () => {
    const l = collectionLayout(dots, box);
    expect(visible(l)).toBe(snap.rawShape[0]);
    expect(l.counts.rows).toBe(snap.rawShape[0]);
    expect(l.ink.filter((k) => k === INK.converted).length).toBe(l.counts.converted);
    expect(l.labels[0].text).toContain(snap.rawShape[0].toLocaleString('en-US'));
    expectInside(l, box);
  });

  it('cleaning: one bin per rule holding exactly its rows; kept rows = the clean shape', () => {
    const l = cleaningLayout(dots, snap.cleaning.counts, box);
    expect(l.counts.kept).toBe(snap.cleanShape[0]);
    expect(l.counts.dropped).toBe(snap.cleaning.droppedTotal);
    const inks = [INK.faultMissing, INK.faultNegative, INK.faultClicks, INK.faultScroll];
    FAULT_KINDS.forEach((k, i) => expect(l.ink.filter((v) => v === inks[i]).length).toBe(snap.cleaning.counts[k]));
    expect(l.ink.filter((v) => v === INK.neutral).length).toBe(snap.cleanShape[0]);
    expect(l.summary).toContain(`keeps ${snap.cleanShape[0].toLocaleString('en-US')} of`);
    expectInside(l, box);
  });

  it('features: the kept rows only, 10 → 12 columns', () => {
    const l = featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, box);
    expect(visible(l)).toBe(snap.featureShape[0]);
    expect(l.counts).toMatchObject({ rows: snap.featureShape[0], columnsBefore: 10, columnsAfter: 12 });
    expect(l.labels[0].text).toContain('10 → 12 columns');
    expect(l.summary).toContain(`join each of the ${snap.featureShape[0].toLocaleString('en-US')} rows: 10 → 12 columns`);
    // The marks wait for the join strip, then re-arrange by click_rate.
    expect(l.enterDelayMs).toBeGreaterThan(0);
    expectInside(l, box);
  });

  it('training: the split’s two blocks, then right/wrong marks that match the epoch’s predictions', () => {
    const l0 = trainingLayout(dots, split, null, box);
    expect(visible(l0)).toBe(snap.trainRows + snap.validationRows);
    expect(l0.counts).toMatchObject({ train: snap.trainRows, validation: snap.validationRows });
    // A fake epoch: every third training mark scored 0.9, the rest 0.1.
    const p = Float32Array.from(dots.trainMarks, (_, j) => (j % 3 === 0 ? 0.9 : 0.1));
    const l1 = trainingLayout(dots, split, { epoch: 2, of: 5, p }, box);
    let wrong = 0;
    dots.trainMarks.forEach((m, j) => (wrong += p[j] >= EPOCH_THRESHOLD === (dots.label[m] === 1) ? 0 : 1));
    expect(l1.ink.filter((k) => k === INK.wrong).length).toBe(wrong);
    expect(l1.counts.wrongMarks).toBe(wrong);
    expect(l1.summary).toContain('During epoch 2 of 5');
    // Wrong answers sit above the right ones in the training block (the pile that shrinks).
    const trainY = (ink: number) =>
      Array.from(dots.trainMarks)
        .filter((m) => l1.ink[m] === ink)
        .map((m) => l1.y[m]);
    expect(Math.max(...trainY(INK.wrong))).toBeLessThanOrEqual(Math.min(...trainY(INK.right)));
    expect(dots.role[dots.trainMarks[0]]).toBe(ROLE_TRAIN);
    expectInside(l1, box);
  });

  it('validation: marks per confusion cell equal the confusion matrix; the baseline is the majority share', () => {
    const y = Float32Array.from({ length: snap.validationRows }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const p = Float32Array.from({ length: snap.validationRows }, (_, i) => ((i * 7919) % 100) / 100);
    for (const threshold of [0.3, 0.5, 0.8]) {
      const l = validationLayout(dots, { y, p }, threshold, box);
      const c = confusion(y, p, threshold);
      expect(l.counts).toMatchObject(c);
      expect(l.ink.filter((k) => k === INK.right).length).toBe(c.tp + c.tn);
      expect(l.ink.filter((k) => k === INK.wrong).length).toBe(c.fp + c.fn);
      expect(l.labels.map((x) => x.text)).toContain(`true positives: ${c.tp.toLocaleString('en-US')}`);
      expectInside(l, box);
    }
    expect(baselineAccuracy({ tp: 10, fn: 20, fp: 5, tn: 65 })).toBeCloseTo(0.7);
  });
});

describe('dot layouts above the mark cap', () => {
  it('show the exact counts while each mark stands for `stride` rows', () => {
    const sampled = buildDotData(data, 500);
    const l = cleaningLayout(sampled, snap.cleaning.counts, BOXES[0]);
    expect(sampled.stride).toBe(6);
    expect(visible(l)).toBe(sampled.marks);
    expect(l.counts.dropped).toBe(snap.cleaning.droppedTotal);
    const f = featuresLayout(sampled, { clean: snap.cleanShape, features: snap.featureShape }, BOXES[0]);
    expect(f.table.caption).toContain('each mark stands for 6 rows');
  });
});
