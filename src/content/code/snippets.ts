/** Every stage's code (templates as data) and the one function that fills a stage's pair with a run's facts. */
import type { StageId } from '../../pipeline/summary';
import { CLEANING_CODE, COLLECTION_CODE, FEATURES_CODE } from './data-snippets';
import type { CodeFacts } from './facts';
import { fillSnippet, type FilledSnippet } from './fill';
import { TRAINING_CODE, VALIDATION_CODE } from './model-snippets';
import { DEPLOYMENT_CODE, MONITORING_CODE } from './serving-snippets';
import type { StageCode } from './stage-code';

export const STAGE_CODE: Readonly<Record<StageId, StageCode>> = {
  collection: COLLECTION_CODE,
  cleaning: CLEANING_CODE,
  features: FEATURES_CODE,
  training: TRAINING_CODE,
  validation: VALIDATION_CODE,
  deployment: DEPLOYMENT_CODE,
  monitoring: MONITORING_CODE,
};

export interface StageSnippets {
  readonly js: FilledSnippet;
  readonly python: FilledSnippet;
  readonly picture: string;
}

/** A stage's TensorFlow.js and Python code filled in with this run's facts (pure). */
export function codeForStage(stage: StageId, facts: CodeFacts): StageSnippets {
  const code = STAGE_CODE[stage];
  return {
    js: fillSnippet(code.js.template, facts, 'js'),
    python: fillSnippet(code.python, facts, 'python'),
    picture: code.picture,
  };
}

export const CODE_TEXT = {
  title: 'The code for this step',
  lead: 'What a practitioner writes for this stage, filled in with this run’s settings and numbers.',
  js: 'TensorFlow.js',
  python: 'Python (pandas, scikit-learn, Keras)',
  copy: (language: string) => `Copy the ${language} code`,
  copyLabel: 'Copy',
  copied: 'Copied.',
  copyFailed: 'The browser did not allow copying. Select the code and copy it yourself (Ctrl+C, or ⌘C on a Mac).',
  marked: (lines: string, picture: string) => `Lines ${lines} (marked ▶) are ${picture}.`,
  code: (language: string, step: string) => `${language} code for ${step}`,
  waiting: 'The code fills in with this run’s numbers once the data is ready.',
  stale: 'The settings changed since the data was prepared: press Regenerate to fill the code with the new numbers.',
} as const;
