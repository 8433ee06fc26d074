/**
 * Every stage's labels, at the phone width the view gets on a 390 px screen
 * (358 px) and on a laptop: inside the box, clear of each other and clear of
 * every visible mark (label boxes over-estimated, see label-box.ts).
 */
import { featureDrift, featureReference } from '../../../src/pipeline/drift';
import { cleaningLayout } from '../../../src/pipeline/dot-layout/layout-cleaning';
import { collectionLayout } from '../../../src/pipeline/dot-layout/layout-collection';
import { deploymentLayout } from '../../../src/pipeline/dot-layout/layout-deployment';
import { featuresLayout } from '../../../src/pipeline/dot-layout/layout-features';
import { monitoringLayout } from '../../../src/pipeline/dot-layout/layout-monitoring';
import { trainingLayout } from '../../../src/pipeline/dot-layout/layout-training';
import { validationLayout } from '../../../src/pipeline/dot-layout/layout-validation';
import { labelBox, labelClashes } from '../../../src/pipeline/dot-layout/label-box';
import type { DotLayout } from '../../../src/pipeline/dot-layout/types';
import { buildSnapshot } from '../../../src/pipeline/snapshot';
import { dataFor } from '../fixtures';

const { data } = dataFor({ rows: 10_000, seed: 3 });
const snap = buildSnapshot(data);
const dots = snap.dots;
const split = { trainRows: snap.trainRows, validationRows: snap.validationRows };
const nVal = snap.validationRows;
const scores = {
  y: Float32Array.from({ length: nVal }, (_, i) => (i % 3 === 0 ? 1 : 0)),
  p: Float32Array.from({ length: nVal }, (_, i) => ((i * 7919) % 100) / 100),
};
const count = 1024;
const weights = Float32Array.from({ length: count }, (_, i) => Math.sin(i) * 0.5);
const quant = {
  weights,
  quantized: weights.map((w) => Math.round((w + 0.5) * 255) / 255 - 0.5),
  tensorOf: new Uint8Array(count),
  tensors: [{ name: 'dense_Dense1/kernel', count, scale: 1 / 255, min: -0.5 }],
  changed: Uint32Array.from([4]),
  validationRows: nVal,
  threshold: 0.5,
};
const points = Array.from({ length: 12 }, (_, tick) => ({
  tick,
  timeMs: tick,
  rows: 200,
  faulty: 3,
  batchAccuracy: 0.8,
  rollingAccuracy: tick > 9 ? 0.78 : null,
  driftShare: 0,
  modelVersion: 1,
  driftBatches: 10,
}));
const alert = {
  tick: 11,
  timeMs: 11,
  kind: 'fired' as const,
  rule: 'Accuracy below threshold',
  value: '78.0 %',
  message: '',
  ruleId: 'accuracy_below_threshold' as const,
  rawValue: 0.78,
};
const drift = [
  featureDrift(
    featureReference(
      'session_length_s',
      Float32Array.from({ length: 999 }, (_, i) => 30 + i),
    ),
    Float32Array.from({ length: 999 }, (_, i) => 600 + i),
  ),
];

const categorical = [
  featureDrift(
    featureReference(
      'source',
      Float32Array.from({ length: 400 }, (_, i) => i % 4),
    ),
    Float32Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : i % 4)),
  ),
];

const layouts: Record<string, (box: { width: number; height: number }) => DotLayout> = {
  collection: (b) => collectionLayout(dots, b),
  cleaning: (b) => cleaningLayout(dots, snap.cleaning.counts, b),
  features: (b) => featuresLayout(dots, { clean: snap.cleanShape, features: snap.featureShape }, b),
  training: (b) => trainingLayout(dots, split, null, b),
  validation: (b) => validationLayout(dots, scores, 0.5, b),
  deployment: (b) => deploymentLayout(quant, true, b),
  monitoring: (b) => monitoringLayout({ points, log: [alert], drift, rows: 2400, faulty: 36, threshold: 0.8, batchRows: 200 }, b),
  'monitoring, a categorical feature': (b) =>
    monitoringLayout({ points, log: [], drift: categorical, rows: 2400, faulty: 36, threshold: 0.8, batchRows: 200 }, b),
};

describe.each([
  { width: 358, height: 280 },
  // What a 390 × 844 screen gives the view in Explore (measured in Chromium).
  { width: 322, height: 280 },
  { width: 1180, height: 300 },
])('labels in a $width × $height box', (box) => {
  it.each(Object.keys(layouts))('%s: inside the box, apart, and off the marks', (step) => {
    expect(labelClashes(layouts[step](box), box)).toEqual([]);
  });
});

it('labelBox anchors by alignment and grows with the text', () => {
  const b = labelBox({ text: 'abcd', x: 100, y: 50, align: 'end' });
  expect(b.x + b.w).toBe(100);
  expect(b.y + b.h / 2).toBe(50);
  expect(labelBox({ text: 'abcdefgh', x: 0, y: 0, align: 'start' }).w).toBeGreaterThan(b.w);
});

// Present mode draws the labels at 24 px in a tall box: what a 1920 × 1080 slide gives the view (measured in
// Chromium). The axis labels under the plot stay inside it (at 12.8 px' room they were cut off at the bottom).
describe('labels at 24 px in a Present slide’s 1844 × 571 box', () => {
  const box = { width: 1844, height: 571 };
  it.each(Object.keys(layouts))('%s: none below the box’s bottom edge', (step) => {
    const below = layouts[step](box)
      .labels.filter((l) => {
        const b = labelBox(l, 24);
        return b.y + b.h > box.height;
      })
      .map((l) => l.text);
    expect(below).toEqual([]);
  });
});
