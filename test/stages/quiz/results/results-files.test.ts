import { question } from '../../../../src/content/card-quiz';
import { QUIZ_BANK } from '../../../../src/content/quiz-bank';
import { readResults } from '../../../../src/stages/quiz/results/read-results';
import { resultRows, type ResultRow } from '../../../../src/stages/quiz/results/result-rows';
import { resultsToCsv } from '../../../../src/stages/quiz/results/results-csv';
import { resultsToJson } from '../../../../src/stages/quiz/results/results-json';
import { EMPTY_PROGRESS, type QuizProgress } from '../../../../src/store/progress-storage';

const T = Date.UTC(2026, 10, 30, 9, 5, 53, 250);

/** A question whose text and options hold everything a CSV writer can get wrong. */
const HOSTILE = question('hostile-text', 'cleaning', 'Rows, "quotes" and\na line break?', 'B', [
  ['=HYPERLINK("http://x","click")', 'no'],
  ['+1, then -2', 'yes'],
  ['@SUM(A1)', 'no'],
  ['-5\n=1+1', 'no'],
]);

const progress: QuizProgress = {
  ...EMPTY_PROGRESS,
  answers: { 'hostile-text': 'A', 'card-cleaning': 'C' },
  checkpoints: { 'card-validation': 'A' },
  confidence: { 'hostile-text': 'sure' },
  times: { 'q:hostile-text': T, 'c:card-validation': T + 1000 },
};

describe('results rows', () => {
  it('has one row per current answer: question, answer, right answer, correct, confidence and the time in ISO 8601 UTC', () => {
    const rows = resultRows(progress, [HOSTILE, ...QUIZ_BANK]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      kind: 'quiz',
      questionId: 'hostile-text',
      question: 'Rows, "quotes" and\na line break?',
      answerKey: 'A',
      answer: '=HYPERLINK("http://x","click")',
      correctKey: 'B',
      correctAnswer: '+1, then -2',
      correct: false,
      confidence: 'sure',
      time: '2026-11-30T09:05:53.250Z',
    });
    // Answered before times were recorded: no time rather than a made-up one.
    expect(rows[1]).toMatchObject({ questionId: 'card-cleaning', correct: true, confidence: '', time: '' });
    expect(rows[2]).toMatchObject({
      kind: 'checkpoint',
      questionId: 'card-validation',
      correct: false,
      time: '2026-11-30T09:05:54.250Z',
    });
  });

  it('leaves out answers to questions it does not know, and another run’s version of a run-built question', () => {
    expect(resultRows({ ...EMPTY_PROGRESS, answers: { 'no-such-question': 'A' } }, QUIZ_BANK)).toEqual([]);
    const run = question('run-alert#new', 'monitoring', 'Alert?', 'A', [
      ['Fires', ''],
      ['Not yet', ''],
    ]);
    expect(resultRows({ ...EMPTY_PROGRESS, answers: { 'run-alert#old': 'B' } }, [run])).toEqual([]);
    expect(resultRows({ ...EMPTY_PROGRESS, answers: { 'run-alert#new': 'B' } }, [run])).toMatchObject([{ correct: false }]);
  });
});

describe('the CSV bytes', () => {
  const rows = resultRows(progress, [HOSTILE, ...QUIZ_BANK]);

  it('quotes commas, quotes and line breaks, guards formula cells with an apostrophe, and ends lines with CRLF', () => {
    const csv = resultsToCsv(rows.slice(0, 1));
    expect(csv).toBe(
      'kind,question_id,question,answer_key,answer,correct_key,correct_answer,correct,confidence,time\r\n' +
        'quiz,hostile-text,"Rows, ""quotes"" and\na line break?",A,"\'=HYPERLINK(""http://x"",""click"")",B,"\'+1, then -2",no,sure,2026-11-30T09:05:53.250Z\r\n',
    );
  });

  it('guards every formula start (= + - @), a formula after a line break included', () => {
    const cells = ['@SUM(A1)', '-5\n=1+1', '+1', '=1', '-'].map((answer) => ({ ...rows[0], answer }));
    const lines = resultsToCsv(cells);
    for (const c of ['"\'@SUM(A1)"', '"\'-5\n=1+1"', '"\'+1"', '"\'=1"', '"\'-"']) expect(lines).toContain(`,${c},`);
    // Plain text stays unquoted and unchanged.
    expect(resultsToCsv([{ ...rows[0], answer: 'plain 5' }])).toContain(',plain 5,');
  });

  it('reads back to the same rows (CSV and JSON alike)', () => {
    expect(readResults('a.csv', resultsToCsv(rows))).toEqual({ ok: true, rows });
    expect(readResults('a.JSON', resultsToJson(rows, T))).toEqual({ ok: true, rows });
    // A spreadsheet's byte-order mark is not part of the header.
    expect(readResults('a.csv', '\uFEFF' + resultsToCsv(rows))).toEqual({ ok: true, rows });
  });

  it('writes the JSON as a marked, versioned document', () => {
    const doc = JSON.parse(resultsToJson(rows, T));
    expect(doc).toMatchObject({ format: 'pipeline-lab-results', version: 1, exported: '2026-11-30T09:05:53.250Z' });
    expect(doc.results).toHaveLength(3);
  });
});

describe('reading a file that is not results', () => {
  const rows: ResultRow[] = resultRows(progress, [HOSTILE, ...QUIZ_BANK]);
  const csv = resultsToCsv(rows);
  const cases: [string, string, RegExp][] = [
    ['notes.txt', 'hello', /notes\.txt: not a CSV or JSON file/],
    ['broken.json', '{"format": "pipeline-lab-results", ', /broken\.json: not valid JSON/],
    ['other.json', '{"name": "package"}', /other\.json: not a Pipeline Lab results file/],
    ['array.json', '[1,2]', /array\.json: not a Pipeline Lab results file/],
    ['null.json', 'null', /null\.json: not a Pipeline Lab results file/],
    ['v9.json', '{"format":"pipeline-lab-results","version":9,"results":[]}', /v9\.json: results format version 9/],
    ['empty.json', '{"format":"pipeline-lab-results","version":1,"results":[]}', /empty\.json: holds no answers/],
    ['sheet.csv', 'a,b,c\n1,2,3\n', /sheet\.csv: its first line is not the results header/],
    [
      'short.csv',
      csv
        .split('\r\n')
        .slice(0, 2)
        .join('\r\n')
        .replace(/,sure,.*$/, ''),
      /short\.csv: result 1 has 8 cells, not 10/,
    ],
    ['quote.csv', csv.replace('"Rows,', '"Rows,"x'), /quote\.csv: not valid CSV|quote\.csv: result 1/],
    ['lie.csv', csv.replace(',no,sure,', ',yes,sure,'), /lie\.csv: result 1 says correct where/],
    ['key.csv', csv.replace('hostile-text,', 'Hostile Text,'), /key\.csv: result 1 has a bad questionId/],
    ['time.csv', csv.replace('2026-11-30T09:05:53.250Z', 'yesterday'), /time\.csv: result 1 has a bad time/],
  ];
  it.each(cases)('%s gets a message naming the file and why', (name, text, message) => {
    const out = readResults(name, text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problem).toMatch(message);
  });
});
