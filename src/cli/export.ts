/**
 * `--out DIR`: the splits as CSV, and the uint8 model package — the same three
 * files the app's "Download model package" saves, built by the same code
 * (ml/package-files.ts): `<name>.json`, `<name>.weights.bin`, `<name>.metadata.json`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPackageFiles, packageNames, type PackageLatency } from '../ml/package-files';
import type { ServingContext } from '../ml/serving-context';
import { toCsv } from '../pipeline/csv';

/** The dtype the CLI packages (the smallest; its accuracy is reported beside float32's). */
export const EXPORT_DTYPE = 'uint8';

/** Every file `--out` writes, in order. */
export function exportNames(): string[] {
  const pkg = packageNames(EXPORT_DTYPE);
  return ['train.csv', 'validation.csv', pkg.model, pkg.weights, pkg.metadata];
}

export interface ExportOptions {
  readonly threshold: number;
  readonly latency: PackageLatency | null;
  /** ISO 8601 time written into the metadata. */
  readonly createdAt: string;
}

/** Writes every file of exportNames() into `dir` (an empty staging folder). */
export async function exportRun(dir: string, ctx: ServingContext, o: ExportOptions): Promise<string[]> {
  const { data } = ctx;
  const files = await buildPackageFiles(ctx, EXPORT_DTYPE, o);
  const contents: [string, string | Uint8Array][] = [
    ['train.csv', toCsv(data.features, data.split.train, data.featureNames)],
    ['validation.csv', toCsv(data.features, data.split.validation, data.featureNames)],
    [files.modelJson.name, files.modelJson.text],
    [files.weights.name, new Uint8Array(files.weights.data)],
    [files.metadata.name, files.metadata.text],
  ];
  for (const [name, content] of contents) await writeFile(join(dir, name), content);
  return contents.map(([name]) => name);
}
