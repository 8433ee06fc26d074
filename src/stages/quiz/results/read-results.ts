/**
 * Reads one results file (CSV or JSON, as the downloads write them) back into
 * rows, or says in one sentence why it cannot: not CSV/JSON, broken, another
 * program's file, another version, a malformed row. Never throws.
 */
import * as z from 'zod/mini';
import { FILE_PROBLEMS as P } from '../../../content/kit';
import { CSV_COLUMNS, parseCsv } from './results-csv';
import { RESULTS_FORMAT, RESULTS_VERSION } from './results-json';
import type { ResultRow } from './result-rows';

/** A class's file is a few kB; anything far larger is not one (and would stall the page). */
export const MAX_FILE_BYTES = 2_000_000;

export type ReadOutcome = { readonly ok: true; readonly rows: ResultRow[] } | { readonly ok: false; readonly problem: string };

const key = z.enum(['A', 'B', 'C', 'D']);
const text = z.string().check(z.maxLength(2000));
const rowSchema = z.object({
  kind: z.enum(['quiz', 'checkpoint']),
  questionId: z.string().check(z.regex(/^[a-z0-9-]{1,60}(#[a-z0-9]{1,16})?$/)),
  question: text.check(z.minLength(1)),
  answerKey: key,
  answer: text,
  correctKey: key,
  correctAnswer: text,
  correct: z.boolean(),
  confidence: z.enum(['', 'sure', 'think', 'guess']),
  time: z.string().check(z.regex(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z)?$/)),
});

/** The first problem of a row, as "has …" words for FILE_PROBLEMS.row. */
function rowProblem(value: unknown): string | null {
  const parsed = rowSchema.safeParse(value);
  if (parsed.success) {
    const r = parsed.data;
    return (r.answerKey === r.correctKey) === r.correct ? null : 'says correct where its answer and the right answer disagree';
  }
  const issue = parsed.error.issues[0];
  return `has a bad ${issue.path.join('.') || 'value'}`;
}

function checkRows(name: string, rows: readonly unknown[]): ReadOutcome {
  if (rows.length === 0) return { ok: false, problem: P.empty(name) };
  if (rows.length > 5000) return { ok: false, problem: P.tooLarge(name, MAX_FILE_BYTES) };
  for (let i = 0; i < rows.length; i++) {
    const why = rowProblem(rows[i]);
    if (why) return { ok: false, problem: P.row(name, i + 1, why) };
  }
  return { ok: true, rows: rows as ResultRow[] };
}

function readJson(name: string, textIn: string): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch (e) {
    return { ok: false, problem: P.json(name, e instanceof Error ? e.message.slice(0, 80) : 'unreadable') };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== RESULTS_FORMAT)
    return { ok: false, problem: P.foreign(name) };
  const { version, results } = data as { version?: unknown; results?: unknown };
  if (version !== RESULTS_VERSION) return { ok: false, problem: P.version(name, String(version).slice(0, 10)) };
  if (!Array.isArray(results)) return { ok: false, problem: P.foreign(name) };
  return checkRows(name, results);
}

function readCsv(name: string, textIn: string): ReadOutcome {
  const parsed = parseCsv(textIn);
  if (!parsed.ok) return { ok: false, problem: P.csv(name, parsed.problem) };
  const [header, ...records] = parsed.records;
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) return { ok: false, problem: P.header(name) };
  const rows: unknown[] = [];
  for (let i = 0; i < records.length; i++) {
    const c = records[i];
    if (c.length !== CSV_COLUMNS.length)
      return { ok: false, problem: P.row(name, i + 1, `has ${c.length} cells, not ${CSV_COLUMNS.length}`) };
    if (c[7] !== 'yes' && c[7] !== 'no')
      return { ok: false, problem: P.row(name, i + 1, 'has a "correct" that is not yes or no') };
    rows.push({
      kind: c[0],
      questionId: c[1],
      question: c[2],
      answerKey: c[3],
      answer: c[4],
      correctKey: c[5],
      correctAnswer: c[6],
      correct: c[7] === 'yes',
      confidence: c[8],
      time: c[9],
    });
  }
  return checkRows(name, rows);
}

/** One file's rows, by its name's extension (.csv or .json) and its text. */
export function readResults(name: string, textIn: string): ReadOutcome {
  const lower = name.toLowerCase();
  // A byte-order mark, as some spreadsheets save, is not part of the first field.
  const body = textIn.replace(/^\uFEFF/, '');
  if (lower.endsWith('.json')) return readJson(name, body);
  if (lower.endsWith('.csv')) return readCsv(name, body);
  return { ok: false, problem: P.kind(name) };
}
