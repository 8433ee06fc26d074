/**
 * A small seeded run made by the app's own pipeline (2,000 rows) and its rows
 * as a practitioner's code sees them: one object per row, categories as names.
 */
import { chooseBackend } from '../../src/ml/backend';
import { runPipeline, type PipelineRun } from '../../src/ml/run-pipeline';
import { resolveConfig, type PipelineConfig } from '../../src/pipeline/config';
import { CATEGORIES } from '../../src/pipeline/schema';
import { buildSnapshot } from '../../src/pipeline/snapshot';
import { rowAt, type Table } from '../../src/pipeline/table';
import { codeFactsOf } from '../../src/store/code-facts';
import type { CodeFacts } from '../../src/content/code/facts';

export type RowObject = Record<string, number | string>;

/** Every row of `table` as an object; categorical codes become their names (as a CSV holds them). */
export function rowObjects(table: Table): RowObject[] {
  return Array.from({ length: table.length }, (_, i) => {
    const row: RowObject = rowAt(table, i);
    for (const [name, names] of Object.entries(CATEGORIES)) if (name in row) row[name] = names[row[name] as number];
    return row;
  });
}

export interface CodeRun {
  readonly config: PipelineConfig;
  readonly run: PipelineRun;
  readonly facts: CodeFacts;
}

export async function codeRun(settings: Parameters<typeof resolveConfig>[0] = {}): Promise<CodeRun> {
  const config = resolveConfig({ rows: 2000, seed: 7, ...settings });
  const run = await runPipeline(config, { backend: await chooseBackend(['cpu']) });
  const facts = codeFactsOf(config, config, buildSnapshot(run.data));
  return { config, run, facts };
}
