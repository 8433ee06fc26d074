/** `--out DIR`: the splits as CSV and the uint8 model as model.json + weights file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { modelJson, quantize } from '../ml/quantize';
import { toCsv } from '../pipeline/csv';
import type { RunData } from '../pipeline/run-data';

export const WEIGHTS_FILE = 'model.weights.bin';

export async function exportRun(dir: string, data: RunData, model: tf.LayersModel): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const pkg = await quantize(model, 'uint8');
  const files: [string, string | Uint8Array][] = [
    ['train.csv', toCsv(data.features, data.split.train, data.featureNames)],
    ['validation.csv', toCsv(data.features, data.split.validation, data.featureNames)],
    ['model.json', JSON.stringify(modelJson(pkg, WEIGHTS_FILE))],
    [WEIGHTS_FILE, new Uint8Array(pkg.weightData)],
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}
