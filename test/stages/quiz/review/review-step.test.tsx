// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewStep } from '../../../../src/stages/quiz/review/review-step';
import { EMPTY_PROGRESS } from '../../../../src/store/progress-storage';
import { recordMiss } from '../../../../src/store/review-schedule';
import { lab, renderWithStore } from '../../../fixtures/render';

const NOW = 1_700_000_000_000;
const DAY = 24 * 3600 * 1000;

beforeEach(() => lab.setState(lab.getInitialState(), true));

function seed() {
  lab.setState({
    mode: 'review',
    progressStatus: 'saving',
    quiz: {
      ...EMPTY_PROGRESS,
      // card-validation was missed in the quiz (saved before the schedule existed); trace-relu at a checkpoint, confidently.
      answers: { 'card-cleaning': 'C', 'card-validation': 'A' },
      checkpoints: { 'trace-relu': 'D' },
      confidence: { 'trace-relu': 'sure' },
      retry: recordMiss({}, 'trace-relu', NOW - DAY),
    },
  });
}

describe('review mode', () => {
  it('recaps what the learner got wrong before, the confidently wrong first, with the answer and a way back', () => {
    seed();
    renderWithStore(<ReviewStep now={NOW} />);
    const recap = within(screen.getByRole('region', { name: 'What you missed before' })).getAllByRole('listitem');
    expect(recap.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      expect.stringMatching(/^In the prediction trace a unit/),
      'Why is the model tested on 20% unseen data?',
    ]);
    expect(recap[0]).toHaveTextContent('you were sure');
    expect(recap[1]).toHaveTextContent('The answer: It shows how the model will do on new data it has never seen');
    expect(recap[1]).toHaveTextContent('due now');
    expect(within(recap[1]).getByRole('button', { name: 'Revisit Model Validation' })).toBeInTheDocument();
  });

  it('retries the due questions, longest overdue first: up a box when right, back to box 0 when wrong', async () => {
    seed();
    const user = userEvent.setup();
    renderWithStore(<ReviewStep now={NOW} />);
    const retry = screen.getByRole('region', { name: 'Retry' });
    expect(retry).toHaveTextContent('Retry 1 of 2');
    // The longest overdue first: the quiz miss saved before the schedule existed.
    const group = within(retry).getAllByRole('group')[0];
    expect(group).toHaveAccessibleName('Why is the model tested on 20% unseen data?');
    await user.click(within(group).getByRole('radio', { name: /It shows how the model will do on new data/ }));
    await user.click(within(retry).getByRole('button', { name: 'Check answer' }));
    expect(within(retry).getAllByRole('status')[0]).toHaveTextContent(/^Right: /);
    expect(lab.getState().quiz.retry?.['card-validation']).toMatchObject({ box: 1, misses: 1 });
    await user.click(within(retry).getByRole('button', { name: 'Next retry' }));
    await user.click(within(retry).getByRole('radio', { name: /The sigmoid rounded it down/ }));
    await user.click(within(retry).getByRole('button', { name: 'Check answer' }));
    expect(within(retry).getByRole('radio', { name: /ReLU switched it off/ })).toHaveAccessibleName(/✓ Correct answer/);
    expect(lab.getState().quiz.retry?.['trace-relu']).toMatchObject({ box: 0, misses: 2 });
    await user.click(within(retry).getByRole('button', { name: 'Finish the retries' }));
    expect(within(retry).getByRole('status')).toHaveTextContent('Retries done: 1 of 2 right this time.');
    expect(within(retry).getByRole('status')).toHaveFocus();
  });

  it('shows mastery per stage as a bar with the same numbers in text', () => {
    seed();
    renderWithStore(<ReviewStep now={NOW} />);
    const table = screen.getByRole('table', { name: /Mastery per stage/ });
    expect(within(table).getByRole('row', { name: /Data Cleaning/ })).toHaveTextContent('1 of 1 known (100 %)');
    expect(within(table).getByRole('row', { name: /Model Validation/ })).toHaveTextContent('0 of 1 known (0 %)');
    expect(within(table).getByRole('row', { name: /Data Collection/ })).toHaveTextContent('not tried yet');
    const bar = within(table)
      .getByRole('row', { name: /Data Cleaning/ })
      .querySelector('.mastery-bar > span');
    expect(bar).toHaveStyle({ width: '100%' });
  });

  it('says so when there is nothing to review, and offers the summary all the same', () => {
    lab.setState({ mode: 'review', progressStatus: 'saving' });
    renderWithStore(<ReviewStep now={NOW} />);
    expect(screen.getByText(/Nothing to review yet/)).toBeInTheDocument();
    expect(screen.getByText('No retry is due.')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'One-page summary of your run and results' });
    expect(summary).toHaveTextContent('Quiz (current attempt): 0 of 0 answered right');
    expect(within(summary).getByRole('button', { name: 'Print this summary' })).toBeInTheDocument();
  });

  it('with nothing to review, one button takes the learner to the quiz', async () => {
    lab.setState({ mode: 'review', progressStatus: 'saving' });
    renderWithStore(<ReviewStep now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Take the quiz' }));
    expect(lab.getState().mode).toBe('quiz');
  });

  it('hides the retries when the classroom settings hide the quiz', () => {
    seed();
    lab.setState({ hidden: ['quiz'] });
    renderWithStore(<ReviewStep now={NOW} />);
    expect(screen.queryByRole('region', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What you missed before' })).toBeInTheDocument();
  });
});
