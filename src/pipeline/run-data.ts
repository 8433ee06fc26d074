/**
 * Stages 1–3 and the split, in one call: everything up to the model's input
 * matrices. Each stage draws from its own fork of the seed's RNG, so changing
 * a later stage never changes an earlier stage's output.
 */
import { clean, type CleanResult } from './clean';
import type { PipelineConfig } from './config';
import { buildDriftReference, type FeatureReference } from './drift';
import { engineerFeatures, type FeatureTable } from './features';
import { generate, type GeneratedData, type RawTable } from './generate';
import { encodeTable, fitPreprocessor, type Encoded, type Preprocessor } from './prepare';
import { createRng, type Rng } from './rng';
import { modelFeatureNames, type FeatureColumnName } from './schema';
import { skipCleaning } from './skip-cleaning';
import { splitRows, type Split } from './split';

export interface RunRngs {
  readonly data: Rng;
  readonly split: Rng;
  readonly train: Rng;
  readonly stream: Rng;
}

/** The four independent random streams of a run, derived from its seed. */
export function runRngs(seed: number): RunRngs {
  const root = createRng(seed);
  return { data: root.fork(), split: root.fork(), train: root.fork(), stream: root.fork() };
}

export interface RunData {
  readonly generated: GeneratedData;
  readonly cleaned: CleanResult;
  /** 12 columns, or 10 when the engineered features are switched off. */
  readonly features: FeatureTable;
  readonly split: Split;
  readonly featureNames: FeatureColumnName[];
  readonly prep: Preprocessor;
  readonly train: Encoded;
  readonly validation: Encoded;
  /** The serving feature store after the collected data: per-user last click (ms, NaN = never). */
  readonly lastClickMs: Float64Array;
  readonly references: FeatureReference[];
}

/**
 * Fix-it mode's planted bugs (fix-plants.ts): each replaces one stage's output
 * with what a realistic bug would have produced. Absent in every ordinary run.
 */
export interface Plants {
  /** What the tracker recorded, instead of the collected table (before cleaning). */
  readonly collected?: (table: RawTable) => RawTable;
  /** The engineered table as a buggy feature job computes it (before the split and encoding). */
  readonly features?: (table: FeatureTable) => FeatureTable;
}

export function runData(config: PipelineConfig, rngs: RunRngs = runRngs(config.seed), plants: Plants = {}): RunData {
  const original = generate(config, rngs.data);
  const generated = plants.collected ? { ...original, table: plants.collected(original.table) } : original;
  const cleaned = config.cleaning === 'skip' ? skipCleaning(generated.table) : clean(generated.table);
  const lastClickMs = new Float64Array(generated.population.size).fill(NaN);
  const honest = engineerFeatures(cleaned.table, lastClickMs);
  const engineered = plants.features ? plants.features(honest) : honest;
  const features = config.useEngineered ? engineered : withoutEngineered(engineered);
  const split = splitRows(features.length, rngs.split);
  const featureNames = modelFeatureNames(config.useEngineered);
  const prep = fitPreprocessor(engineered, split.train, featureNames);
  return {
    generated,
    cleaned,
    features,
    split,
    featureNames,
    prep,
    train: encodeTable(prep, engineered, split.train),
    validation: encodeTable(prep, engineered, split.validation),
    lastClickMs,
    references: buildDriftReference(engineered, split.train, featureNames),
  };
}

function withoutEngineered(t: FeatureTable): FeatureTable {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping two columns by destructuring
  const { click_rate, time_since_last_click, ...rest } = t.columns;
  return { length: t.length, columns: rest as FeatureTable['columns'] };
}
