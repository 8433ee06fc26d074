// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CARD_QUESTIONS } from '../../../src/content/card-quiz';
import { QuizStep } from '../../../src/stages/quiz/quiz-step';
import { orderOptions } from '../../../src/stages/quiz/quiz-logic';
import type { DataSnapshot } from '../../../src/pipeline/snapshot';
import { PROGRESS_KEY } from '../../../src/store/progress-storage';
import { memoryStorage } from '../../store/memory-storage';
import { lab, renderWithStore } from '../../fixtures/render';

beforeEach(() => lab.setState(lab.getInitialState(), true));

async function answer(user: ReturnType<typeof userEvent.setup>, text: RegExp) {
  await user.click(screen.getByLabelText(text));
  await user.click(screen.getByRole('button', { name: 'Check answer' }));
}

describe('the quiz', () => {
  it('asks the card’s question verbatim first, with options A–D in the card’s order', () => {
    renderWithStore(<QuizStep />);
    const group = screen.getByRole('group', { name: 'Why is data cleaning important before training?' });
    const radios = within(group).getAllByRole('radio');
    expect(screen.getByRole('group', { name: 'How sure are you? (optional)' })).toBeInTheDocument();
    expect(radios).toHaveLength(4);
    expect(radios.map((r) => r.closest('div')?.textContent)).toEqual([
      'A It increases the number of training samples',
      'B It makes the model run faster by reducing features',
      'C It removes errors that can confuse the model',
      'D It changes the model architecture',
    ]);
    expect(screen.getByText('Question 1 of 3 · 0 right so far')).toBeInTheDocument();
  });

  it('gives immediate feedback with the reasons, locks the answer and moves focus to Next', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await answer(user, /It increases the number of training samples/);
    const status = screen.getAllByRole('status')[0];
    expect(status).toHaveTextContent(
      'Not quite. Cleaning removes rows; it never adds samples. The correct answer, C, is marked ✓',
    );
    // One verdict per message: the right option's reason sits beside it in the list, not in the feedback.
    expect(status).not.toHaveTextContent('Right:');
    expect(screen.getByRole('group', { name: /Why is data cleaning/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
    expect(lab.getState().quiz.answers).toEqual({ 'card-cleaning': 'A' });
    expect(screen.getByText('Why each option is right or wrong')).toBeInTheDocument();
  });

  it('scores the card’s three questions, reviews the mistake and links to the stage that teaches it', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await answer(user, /It removes errors/);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Right: /);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByLabelText(/It makes training finish faster/)).toHaveFocus();
    await answer(user, /It makes training finish faster/);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await answer(user, /tracks performance and raises an alert/);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'Your score: 2 of 3' })).toHaveFocus();
    const review = screen.getByRole('list');
    expect(within(review).getAllByRole('listitem')).toHaveLength(1);
    expect(review).toHaveTextContent('You answered “It makes training finish faster”');
    await user.click(screen.getByRole('button', { name: 'Revisit Model Validation' }));
    expect(lab.getState().step).toBe(4);
  });

  it('in quiz mode, a review link switches to guided mode at the stage', async () => {
    lab.setState({
      mode: 'quiz',
      quiz: { ...lab.getState().quiz, answers: { 'card-cleaning': 'A', 'card-validation': 'B', 'card-monitoring': 'D' } },
    });
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    expect(screen.getByRole('heading', { name: 'Your score: 2 of 3' })).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Revisit Data Cleaning' }));
    expect(lab.getState()).toMatchObject({ mode: 'guided', step: 1 });
  });

  it('retries with shuffled options and a cleared score', async () => {
    const answers = { 'card-cleaning': 'C', 'card-validation': 'B', 'card-monitoring': 'A' } as const;
    lab.setState({ quiz: { ...lab.getState().quiz, answers } });
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await user.click(screen.getByRole('button', { name: 'Try again with shuffled options' }));
    expect(lab.getState().quiz).toMatchObject({
      attempt: 1,
      answers: {},
      results: [{ correct: 2, total: 3, set: 'card' }],
    });
    const group = screen.getByRole('group', { name: /Why is data cleaning/ });
    const shown = within(group)
      .getAllByRole('radio')
      .map((r) => r.closest('div')?.textContent?.slice(2));
    expect(shown).toEqual(orderOptions(CARD_QUESTIONS[0], 1).map((o) => o.text));
    await answer(user, /It removes errors/);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Right: /);
  });

  it('offers questions about the learner’s own run once the run has the facts', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await user.selectOptions(screen.getByLabelText('Questions'), 'run');
    expect(screen.getByText(/prepare the data and train the model first/)).toBeInTheDocument();
    const snapshot = {
      rawShape: [2000, 10],
      cleanShape: [1960, 10],
      trainRows: 1568,
      validationRows: 392,
      cleaning: { droppedTotal: 40 },
    } as unknown as DataSnapshot;
    act(() => lab.setState({ snapshot }));
    expect(screen.getByRole('group', { name: /collected 2,000 sessions and cleaning dropped 40/ })).toBeInTheDocument();
    await answer(user, /^B 1,960$/);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Right: 2,000 − 40 = 1,960/);
  });

  it('says whether answers are being saved', () => {
    lab.setState({ progressStatus: 'memory' });
    renderWithStore(<QuizStep />);
    expect(screen.getByText('Your answers are not being saved in this browser.')).toBeInTheDocument();
  });

  it('keeps the question and its feedback on screen when the browser refuses to save (quota), and says so', async () => {
    const storage = memoryStorage();
    storage.fail.set = true;
    act(() => lab.getState().loadProgress(storage));
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await answer(user, /It removes errors that can confuse the model/);
    expect(screen.getByRole('group', { name: /Why is data cleaning/ })).toBeDisabled();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^Right: /);
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
    expect(screen.getByText(/could not be saved \(storage full or blocked\); the next answer tries again/)).toBeInTheDocument();
    storage.fail.set = false;
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await answer(user, /It shows how the model will do on new data/);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).answers).toEqual(lab.getState().quiz.answers);
    expect(screen.getByText('Your answers are saved in this browser.')).toBeInTheDocument();
  });

  it('offers to restore progress that was set aside, and restores it', async () => {
    const backupKey = `${PROGRESS_KEY}:unreadable-1700000000000`;
    const old = { version: 1, attempt: 0, answers: { 'card-cleaning': 'C' }, checkpoints: {}, results: [] };
    const storage = memoryStorage({ [backupKey]: JSON.stringify(old) });
    act(() => lab.getState().loadProgress(storage));
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    expect(screen.getByText(/set aside on .* \(1 answer\) can be read again/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore it' }));
    expect(screen.queryByRole('button', { name: 'Restore it' })).not.toBeInTheDocument();
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).answers).toEqual({ 'card-cleaning': 'C' });
    expect(storage.data.has(backupKey)).toBe(false);
  });

  it('after a wrong answer marks the correct option in the list, in words, with its reason', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await answer(user, /It increases the number of training samples/);
    const group = screen.getByRole('group', { name: /Why is data cleaning/ });
    const right = within(group).getByRole('radio', { name: /It removes errors that can confuse the model/ });
    expect(right).toHaveAccessibleName(/✓ Correct answer/);
    expect(right.closest('div')).toHaveClass('is-correct');
    expect(right.closest('div')).toHaveTextContent('Right: missing clicks and impossible values');
    expect(within(group).getByRole('radio', { name: /training samples/ })).toHaveAccessibleName(/✗ Your answer/);
    expect(within(group).getAllByText(/Correct answer/)).toHaveLength(1);
  });

  it('marks nothing after a right answer but the option itself', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await answer(user, /It removes errors/);
    const group = screen.getByRole('group', { name: /Why is data cleaning/ });
    expect(within(group).queryByText(/Your answer/)).not.toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: /It removes errors/ })).toHaveAccessibleName(/✓ Correct answer/);
  });

  it('saves how sure the learner was with the answer, and a wrong answer goes on the retry list', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await user.click(screen.getByLabelText(/It increases the number of training samples/));
    await user.click(screen.getByRole('radio', { name: 'Sure' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const q = lab.getState().quiz;
    expect(q.confidence).toEqual({ 'card-cleaning': 'sure' });
    expect(q.retry?.['card-cleaning']).toMatchObject({ box: 0, misses: 1 });
    expect(screen.getByRole('radio', { name: 'Sure' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'How sure are you? (optional)' })).toBeDisabled();
  });

  it('in exam mode holds every verdict until the score, then reviews the mistakes', async () => {
    const user = userEvent.setup();
    renderWithStore(<QuizStep />);
    await user.click(screen.getByRole('checkbox', { name: 'Exam: hold all feedback until the end' }));
    await answer(user, /It increases the number of training samples/);
    const status = screen.getAllByRole('status')[0];
    expect(status).toHaveTextContent('Answer saved. Feedback comes with your score at the end.');
    expect(status).not.toHaveTextContent(/Not quite|Correct/);
    expect(screen.queryByText(/Correct answer|Your answer/)).not.toBeInTheDocument();
    expect(screen.queryByText('Why each option is right or wrong')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 3 · 1 answered')).toBeInTheDocument();
    await answer(user, /It shows how the model will do/);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await answer(user, /tracks performance and raises an alert/);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'Your score: 2 of 3' })).toBeInTheDocument();
    expect(screen.getByRole('list')).toHaveTextContent('You answered “It increases the number of training samples”');
  });
});
