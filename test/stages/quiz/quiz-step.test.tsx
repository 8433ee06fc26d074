// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuizStep } from '../../../src/stages/quiz/quiz-step';

describe('the card quiz', () => {
  it('asks the card’s question verbatim with options A–D', () => {
    render(<QuizStep />);
    const group = screen.getByRole('group', { name: 'Why is data cleaning important before training?' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByLabelText(/It removes errors that can confuse the model/)).toBeInTheDocument();
  });

  it('gives immediate feedback with the reason, right and wrong', async () => {
    const user = userEvent.setup();
    render(<QuizStep />);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await user.click(screen.getByLabelText(/It increases the number of training samples/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not quite — the answer is C. Cleaning removes rows');
    await user.click(screen.getByLabelText(/It removes errors/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\./);
  });
});
