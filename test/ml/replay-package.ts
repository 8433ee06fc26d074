/**
 * A minimal "server" that knows only a saved package's files: it reads the metadata, computes
 * the derived features from their written definitions (raw session + the user's click
 * history), encodes with encodeWithMetadata, loads the model with tfjs from the files and
 * scores each reference row. Shared by the package and CLI tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { encodeWithMetadata, type ModelMetadata } from '../../src/pipeline/model-metadata';
import type { ReferenceRow } from '../../src/pipeline/reference-rows';
import { fileHandler } from './helpers';

export interface Replayed {
  readonly meta: ModelMetadata;
  readonly rows: readonly {
    readonly reference: ReferenceRow;
    readonly derived: Record<string, number>;
    readonly encoded: Float32Array;
    readonly probability: number;
  }[];
}

/** The derived features as the metadata defines them (asserted against its wording by the tests). */
function derive(meta: ModelMetadata, row: ReferenceRow): Record<string, number> {
  const s = row.session;
  const out: Record<string, number> = {};
  for (const d of meta.input.derivedFeatures) {
    if (d.name === 'click_rate') out.click_rate = s.page_views === 0 ? 0 : s.clicks / s.page_views;
    else {
      const last = row.history.lastClickTimestamp;
      out.time_since_last_click = last === null || !(last < s.timestamp) ? 720 : Math.min(720, (s.timestamp - last) / 3_600_000);
    }
  }
  return out;
}

/** Replays every reference row of the package `name` (e.g. "pipeline-lab-uint8") saved in `dir`. */
export async function replayPackage(dir: string, name: string): Promise<Replayed> {
  const meta = JSON.parse(await readFile(join(dir, `${name}.metadata.json`), 'utf8')) as ModelMetadata;
  const model = await tf.loadLayersModel(fileHandler(dir, `${name}.json`));
  try {
    const rows = meta.referenceRows.map((reference) => {
      const derived = derive(meta, reference);
      const fields: Record<string, number | string> = { ...reference.session, ...derived };
      const encoded = encodeWithMetadata(
        meta,
        meta.input.featureOrder.map((f) => fields[f]),
      );
      const probability = tf.tidy(() => (model.predict(tf.tensor2d(encoded, [1, encoded.length])) as tf.Tensor).dataSync()[0]);
      return { reference, derived, encoded, probability };
    });
    return { meta, rows };
  } finally {
    model.dispose();
  }
}
