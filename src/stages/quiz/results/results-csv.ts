/**
 * Results as CSV (RFC 4180 through papaparse: fields with commas, quotes or line
 * breaks are quoted, quotes doubled, CRLF line ends) with a spreadsheet
 * formula-injection guard: a cell starting with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe, so a spreadsheet shows it as text instead
 * of running it. Reading strips exactly that apostrophe again.
 */
import Papa from 'papaparse';
import type { ResultRow } from './result-rows';

export const CSV_COLUMNS = [
  'kind',
  'question_id',
  'question',
  'answer_key',
  'answer',
  'correct_key',
  'correct_answer',
  'correct',
  'confidence',
  'time',
] as const;

/**
 * Cells a spreadsheet would read as a formula (OWASP's list). papaparse's own default pattern ends
 * in `.*$`, which misses a formula followed by a line break, so the test is on the first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function resultsToCsv(rows: readonly ResultRow[]): string {
  const data = rows.map((r) => [
    r.kind,
    r.questionId,
    r.question,
    r.answerKey,
    r.answer,
    r.correctKey,
    r.correctAnswer,
    r.correct ? 'yes' : 'no',
    r.confidence,
    r.time,
  ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: FORMULA, newline: '\r\n' }) + '\r\n';
}

/** A cell as written before the guard: "'=1" → "=1"; any other cell unchanged. */
export const unguard = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

/** The CSV's records (header first), or the parser's first problem in words. */
export function parseCsv(text: string): { ok: true; records: string[][] } | { ok: false; problem: string } {
  const out = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: ',' });
  const error = out.errors[0];
  if (error)
    return {
      ok: false,
      problem: `${error.message.replace(/\.$/, '')}${error.row !== undefined ? ` (record ${error.row + 1})` : ''}`,
    };
  return { ok: true, records: out.data.map((r) => r.map(unguard)) };
}
