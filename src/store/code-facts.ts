/**
 * Code mode's facts: the run's settings and numbers a snippet is filled in with
 * (content/code/), read from the store's configuration and data snapshot —
 * never retyped. The data facts come from the settings the snapshot was made with.
 */
import type { CodeFacts } from '../content/code/facts';
import { VALIDATION_SHARE, type PipelineConfig } from '../pipeline/config';
import { ALERT_PERSIST_TICKS, WINDOW_TICKS } from '../pipeline/monitoring';
import { LOG_COLUMNS } from '../pipeline/prepare';
import { DEVICES, RECENCY_CAP_HOURS, SOURCES } from '../pipeline/schema';
import type { DataSnapshot } from '../pipeline/snapshot';

/** uint8 has 256 levels: q in 0 … 255. */
const UINT8_LEVELS = 255;

/** Trainable parameters of input → h1 → h2 → 1 (weights plus biases). */
export const mlpParams = (input: number, h1: number, h2: number): number => (input + 1) * h1 + (h1 + 1) * h2 + (h2 + 1);

/**
 * @param config the current settings (training, threshold, monitoring)
 * @param prepared the settings `snapshot` was made with
 */
export function codeFactsOf(config: PipelineConfig, prepared: PipelineConfig, snapshot: DataSnapshot): CodeFacts {
  const inputSize = snapshot.inputNames.length;
  return {
    seed: prepared.seed,
    rows: snapshot.rawShape[0],
    faultRate: prepared.faultRate,
    skipCleaning: snapshot.cleaning.skipped,
    keptRows: snapshot.cleanShape[0],
    featureCount: snapshot.featureShape[1],
    useEngineered: prepared.useEngineered,
    featureColumns: snapshot.featureNames,
    logColumns: snapshot.featureNames.filter((f) => LOG_COLUMNS.has(f)),
    devices: DEVICES,
    sources: SOURCES,
    recencyCapHours: RECENCY_CAP_HOURS,
    inputSize,
    trainRows: snapshot.trainRows,
    validationRows: snapshot.validationRows,
    validationShare: VALIDATION_SHARE,
    epochs: config.epochs,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    hidden1: config.hidden1,
    hidden2: config.hidden2,
    params: mlpParams(inputSize, config.hidden1, config.hidden2),
    threshold: config.threshold,
    quantLevels: UINT8_LEVELS,
    windowTicks: WINDOW_TICKS,
    persistTicks: ALERT_PERSIST_TICKS,
    alertThreshold: config.alertThreshold,
    scenario: config.scenario,
  };
}
