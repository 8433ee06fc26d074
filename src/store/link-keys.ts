/** The link's short key for each knob (kept stable across versions): `fault=0.3`, `clean=skip`, … */
import type { KnobId } from '../pipeline/config';

/** Short URL keys for each knob (kept stable across versions). */
export const KEYS: Readonly<Record<KnobId, string>> = {
  seed: 'seed',
  rows: 'rows',
  faultRate: 'fault',
  cleaning: 'clean',
  useEngineered: 'eng',
  epochs: 'epochs',
  batchSize: 'batch',
  learningRate: 'lr',
  hidden1: 'h1',
  hidden2: 'h2',
  threshold: 'thr',
  alertThreshold: 'alert',
  latencyBudgetMs: 'budget',
  scenario: 'scenario',
  backend: 'backend',
};
