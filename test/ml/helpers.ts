/** Shared fixtures for the ml and cli tests: a default seeded run, accuracy, a file-backed tfjs IOHandler. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { resolveConfig, type PipelineConfig } from '../../src/pipeline/config';
import type { Encoded } from '../../src/pipeline/prepare';
import type { RunData, RunRngs } from '../../src/pipeline/run-data';
import { dataFor } from '../pipeline/fixtures';
import { predictProba } from '../../src/ml/predict';
import { trainForConfig, type TrainOptions, type TrainResult } from '../../src/ml/train';

export interface SeedRun {
  readonly config: PipelineConfig;
  readonly rngs: RunRngs;
  readonly data: RunData;
  readonly result: TrainResult;
}

/** Encoded data for a config; pure, so it lives with the pipeline fixtures. */
export { dataFor };

/** Trains a run with the real wiring (trainForConfig, as the app and the CLI do); the caller disposes result.model. */
export async function trainRun(
  overrides: Parameters<typeof resolveConfig>[0] = {},
  hooks: Pick<TrainOptions, 'signal' | 'onEpoch' | 'onProgress' | 'probeRows' | 'onEpochPredictions'> = {},
): Promise<SeedRun> {
  const { config, rngs, data } = dataFor(overrides);
  const result = await trainForConfig(config, data, hooks);
  return { config, rngs, data, result };
}

/** Share of rows whose 0.5-threshold decision matches the label. */
export function hitRate(y: Float32Array, p: Float32Array, threshold = 0.5): number {
  let hits = 0;
  for (let i = 0; i < y.length; i++) if ((p[i] >= threshold ? 1 : 0) === y[i]) hits++;
  return hits / y.length;
}

export async function accuracyOn(model: tf.LayersModel, data: Encoded): Promise<number> {
  return hitRate(data.y, await predictProba(model, data));
}

/**
 * An IOHandler that reads `model.json` and its weight files from `dir` (what tf.io.http does in a
 * browser), so a package written to disk is loaded by tfjs's own loader.
 */
export function fileHandler(dir: string, jsonName = 'model.json'): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(await readFile(join(dir, jsonName), 'utf8')) as tf.io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs: tf.io.WeightsManifestEntry[] = [];
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const path of group.paths) {
            const bytes = await readFile(join(dir, path));
            buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
          }
        }
        return [specs, tf.io.concatenateArrayBuffers(buffers)];
      });
    },
  };
}
