/**
 * Compare mode's configurations: run A is the learner's configuration, run B is
 * A plus a few differences (`CompareDiff`). The ready-made contrasts set A's
 * side of the contrast on A and the other side as B's difference, so each is
 * one click and one link (`mode=compare&vs=epochs:40`).
 */
import type { PipelineConfig } from './config';

/** The knobs B may change: everything that changes the run, not where it computes. */
export const COMPARE_KNOBS = [
  'rows',
  'faultRate',
  'cleaning',
  'useEngineered',
  'epochs',
  'batchSize',
  'learningRate',
  'hidden1',
  'hidden2',
  'threshold',
  'alertThreshold',
  'scenario',
] as const satisfies readonly (keyof PipelineConfig)[];
export type CompareKnob = (typeof COMPARE_KNOBS)[number];

/** Which package a side ships and is measured by: A always ships float32. */
export const PACKAGE_CHOICES = ['float32', 'uint8'] as const;
export type PackageChoice = (typeof PACKAGE_CHOICES)[number];

export interface CompareDiff {
  readonly knobs: Readonly<Partial<Pick<PipelineConfig, CompareKnob>>>;
  readonly package: PackageChoice;
}

export const NO_DIFF: CompareDiff = Object.freeze({ knobs: Object.freeze({}), package: 'float32' });

export const isEmptyDiff = (d: CompareDiff): boolean => Object.keys(d.knobs).length === 0 && d.package === 'float32';

/** True when two configurations agree on every setting. */
export function sameConfig(x: PipelineConfig, y: PipelineConfig | null): boolean {
  return !!y && (Object.keys(x) as (keyof PipelineConfig)[]).every((k) => x[k] === y[k]);
}

/** Run B's configuration: A with B's differences. */
export function configB(a: PipelineConfig, diff: CompareDiff): PipelineConfig {
  return { ...a, ...diff.knobs };
}

export interface Contrast {
  readonly id: string;
  readonly label: string;
  /** What A is set to (the contrast's first side). */
  readonly a: Partial<Pick<PipelineConfig, CompareKnob>>;
  readonly diff: CompareDiff;
}

const diff = (knobs: CompareDiff['knobs'], pkg: PackageChoice = 'float32'): CompareDiff => ({ knobs, package: pkg });

export const CONTRASTS: readonly Contrast[] = [
  { id: 'uncleaned', label: 'Cleaned vs uncleaned data', a: { cleaning: 'drop' }, diff: diff({ cleaning: 'skip' }) },
  {
    id: 'features',
    label: 'With vs without the engineered features',
    a: { useEngineered: true },
    diff: diff({ useEngineered: false }),
  },
  { id: 'epochs', label: '5 vs 40 epochs', a: { epochs: 5 }, diff: diff({ epochs: 40 }) },
  { id: 'batch', label: 'Batch 128 vs 32', a: { batchSize: 128 }, diff: diff({ batchSize: 32 }) },
  { id: 'package', label: 'float32 vs uint8 package', a: {}, diff: diff({}, 'uint8') },
  { id: 'faults', label: 'Fault rate 2 % vs 30 %', a: { faultRate: 0.02 }, diff: diff({ faultRate: 0.3 }) },
  { id: 'drift', label: 'No drift vs gradual drift', a: { scenario: 'none' }, diff: diff({ scenario: 'gradual' }) },
];

/** A's configuration and B's difference for a ready-made contrast, from the learner's configuration. */
export function applyContrast(config: PipelineConfig, contrast: Contrast): { a: PipelineConfig; diff: CompareDiff } {
  return { a: { ...config, ...contrast.a }, diff: contrast.diff };
}

/** The ready-made contrast this pair is, if any. */
export function contrastOf(a: PipelineConfig, d: CompareDiff): Contrast | null {
  const same = (x: object, y: object) => Object.entries(x).every(([k, v]) => (y as Record<string, unknown>)[k] === v);
  return (
    CONTRASTS.find(
      (c) =>
        c.diff.package === d.package &&
        Object.keys(c.diff.knobs).length === Object.keys(d.knobs).length &&
        same(c.diff.knobs, d.knobs) &&
        same(c.a, a),
    ) ?? null
  );
}
