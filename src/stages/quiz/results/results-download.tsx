/** "Download results (CSV / JSON)": the learner's quiz and checkpoint answers as a file, where they finish. */
import { useMemo } from 'react';
import { RESULTS_TEXT } from '../../../content/kit';
import { QUIZ_BANK } from '../../../content/quiz-bank';
import { saveFile } from '../../../components/save-file';
import { useLabStore } from '../../../store/lab-store';
import { useRunQuestions } from '../use-run-questions';
import { resultRows } from './result-rows';
import './results.css';

/** `pipeline-lab-results-2026-11-30.csv` (the UTC date). */
export const resultsFileName = (now: number, ext: 'csv' | 'json'): string =>
  `pipeline-lab-results-${new Date(now).toISOString().slice(0, 10)}.${ext}`;

export function ResultsDownload() {
  const progress = useLabStore((s) => s.quiz);
  const runBuilt = useRunQuestions();
  const rows = useMemo(() => resultRows(progress, [...QUIZ_BANK, ...runBuilt]), [progress, runBuilt]);
  const download = async (ext: 'csv' | 'json') => {
    const now = Date.now();
    // The writers load on first use: papaparse never reaches the first screen.
    if (ext === 'csv') {
      const { resultsToCsv } = await import('./results-csv');
      saveFile(resultsFileName(now, ext), resultsToCsv(rows), 'text/csv;charset=utf-8');
    } else {
      const { resultsToJson } = await import('./results-json');
      saveFile(resultsFileName(now, ext), resultsToJson(rows, now), 'application/json');
    }
  };
  return (
    <section className="results-download" aria-label={RESULTS_TEXT.heading}>
      {rows.length === 0 ? (
        <p className="muted">{RESULTS_TEXT.none}</p>
      ) : (
        <>
          <div className="results-actions">
            <button type="button" className="secondary" onClick={() => void download('csv')}>
              {RESULTS_TEXT.csv}
            </button>
            <button type="button" className="secondary" onClick={() => void download('json')}>
              {RESULTS_TEXT.json}
            </button>
          </div>
          <p className="muted">{RESULTS_TEXT.note}</p>
        </>
      )}
    </section>
  );
}
