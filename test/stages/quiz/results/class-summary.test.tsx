// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { summarise } from '../../../../src/stages/quiz/results/class-summary-logic';
import { ClassSummary } from '../../../../src/stages/quiz/results/class-summary';
import { readResults } from '../../../../src/stages/quiz/results/read-results';

const DIR = join(__dirname, '../../../fixtures/results');
const fixture = (name: string): File => new File([readFileSync(join(DIR, name))], name);
const rowsOf = (name: string) => {
  const out = readResults(name, readFileSync(join(DIR, name), 'utf8'));
  if (!out.ok) throw new Error(out.problem);
  return out.rows;
};

describe('the class summary', () => {
  it('counts one learner per distinct file and ranks questions by the share who missed them', () => {
    const s = summarise(['ada.csv', 'ben.json', 'ben-again.csv', 'cy.json'].map(rowsOf));
    expect(s.learners).toBe(3);
    expect(s.duplicates).toBe(1);
    expect(s.questions.map((q) => [q.id, q.missed, q.answered])).toEqual([
      // Ada missed it in the quiz though her checkpoint was right: any wrong answer counts as a miss.
      ['card-cleaning', 2, 3],
      ['card-monitoring', 1, 3],
      ['card-validation', 1, 3],
    ]);
  });

  it('groups a run-built question across runs by its base id', () => {
    const [row] = rowsOf('ada.csv');
    const a = { ...row, questionId: 'run-alert#aaa', correct: false, answerKey: 'A' as const };
    const b = { ...row, questionId: 'run-alert#bbb', correct: true, answerKey: 'C' as const, time: '' };
    expect(summarise([[a], [b]]).questions).toMatchObject([{ id: 'run-alert', missed: 1, answered: 2, share: 0.5 }]);
  });

  it('reads picked files, skips a corrupt and a foreign one with a message each, and counts a duplicate once', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ClassSummary />);
    expect(screen.getByRole('status')).toHaveTextContent('No results yet.');
    const input = screen.getByLabelText('Results files (CSV or JSON, several at once)');
    await user.upload(input, [fixture('ada.csv'), fixture('ben.json'), fixture('corrupt.json')]);
    await user.upload(input, [fixture('ben-again.csv'), fixture('cy.json'), fixture('grades.csv')]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 learners (one per results file).'));
    expect(screen.getByRole('status')).toHaveTextContent('1 file held the same results as another file and was counted once.');
    const skipped = within(screen.getByRole('region', { name: 'Files skipped' })).getAllByRole('listitem');
    expect(skipped.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^corrupt\.json: not valid JSON/),
      'grades.csv: its first line is not the results header (kind,question_id,question,…).',
    ]);
    const table = screen.getByRole('table', { name: /most missed first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Why is data cleaning important before training?2 of 367 %',
      'Why set up monitoring after the model is deployed?1 of 333 %',
      'Why is the model tested on 20% unseen data?1 of 333 %',
    ]);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refuses a file far larger than any results file without reading it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ClassSummary />);
    const big = new File(['x'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 50_000_000 });
    const text = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText(/Results files/), big);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Files skipped' })).toHaveTextContent('huge.json: larger than 2 MB'),
    );
    expect(text).not.toHaveBeenCalled();
  });
});
