/** Results as JSON: a marked, versioned document so the class summary can tell it from any other JSON. */
import type { ResultRow } from './result-rows';

export const RESULTS_FORMAT = 'pipeline-lab-results';
export const RESULTS_VERSION = 1;

export interface ResultsDocument {
  readonly format: typeof RESULTS_FORMAT;
  readonly version: typeof RESULTS_VERSION;
  /** When the file was made, ISO 8601 UTC. */
  readonly exported: string;
  readonly results: readonly ResultRow[];
}

export function resultsToJson(rows: readonly ResultRow[], now: number): string {
  const doc: ResultsDocument = {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    exported: new Date(now).toISOString(),
    results: rows,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
