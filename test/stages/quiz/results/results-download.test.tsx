// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QUIZ_BANK } from '../../../../src/content/quiz-bank';
import { resultRows } from '../../../../src/stages/quiz/results/result-rows';
import { resultsFileName, ResultsDownload } from '../../../../src/stages/quiz/results/results-download';
import { resultsToCsv } from '../../../../src/stages/quiz/results/results-csv';
import { captureDownloads } from '../../../fixtures/downloads';
import { lab, renderWithStore } from '../../../fixtures/render';

const T = Date.UTC(2026, 10, 30, 10, 0, 0);

beforeEach(() => lab.setState(lab.getInitialState(), true));

describe('results download', () => {
  it('says there is nothing to download before any answer', () => {
    renderWithStore(<ResultsDownload />);
    expect(screen.queryByRole('button', { name: /Download results/ })).toBeNull();
    expect(screen.getByText(/the download appears once you have answered/)).toBeInTheDocument();
  });

  it('records when each answer was given and downloads the answers as CSV and JSON', async () => {
    const s = lab.getState();
    s.answerQuestion('card-cleaning', 'A', { confidence: 'guess', right: false, now: T });
    s.answerCheckpoint('card-monitoring', 'D', { right: true, now: T + 60_000 });
    expect(lab.getState().quiz.times).toEqual({ 'q:card-cleaning': T, 'c:card-monitoring': T + 60_000 });
    const user = userEvent.setup();
    renderWithStore(<ResultsDownload />);
    const { saved, restore } = captureDownloads();
    try {
      await user.click(screen.getByRole('button', { name: 'Download results (CSV)' }));
      await user.click(screen.getByRole('button', { name: 'Download results (JSON)' }));
      await waitFor(() => expect(saved).toHaveLength(2));
    } finally {
      restore();
    }
    expect(saved[0].name).toMatch(/^pipeline-lab-results-\d{4}-\d\d-\d\d\.csv$/);
    expect(saved[1].name).toMatch(/\.json$/);
    const csv = await saved[0].blob.text();
    expect(csv).toBe(resultsToCsv(resultRows(lab.getState().quiz, QUIZ_BANK)));
    expect(csv.split('\r\n')[1]).toBe(
      'quiz,card-cleaning,Why is data cleaning important before training?,A,It increases the number of training samples,C,It removes errors that can confuse the model,no,guess,2026-11-30T10:00:00.000Z',
    );
    const doc = JSON.parse(await saved[1].blob.text());
    expect(doc.results.map((r: { kind: string; correct: boolean }) => [r.kind, r.correct])).toEqual([
      ['quiz', false],
      ['checkpoint', true],
    ]);
  });

  it('names the file by the UTC date', () => {
    expect(resultsFileName(Date.UTC(2026, 0, 2, 23, 59), 'json')).toBe('pipeline-lab-results-2026-01-02.json');
  });
});
