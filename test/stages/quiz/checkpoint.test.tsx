// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checkpoint } from '../../../src/stages/quiz/checkpoint';
import { useLabStore } from '../../../src/store/lab-store';

beforeEach(() => useLabStore.setState(useLabStore.getInitialState(), true));

describe('stage checkpoints', () => {
  it('asks the stage’s short question, keeps the answer apart from the quiz, and can be tried again', async () => {
    const user = userEvent.setup();
    render(<Checkpoint step="trace" />);
    expect(screen.getByRole('region', { name: 'Checkpoint' })).toBeInTheDocument();
    await user.click(screen.getByLabelText(/The sigmoid rounded it down/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not quite — the answer is A.');
    expect(useLabStore.getState().quiz).toMatchObject({ checkpoints: { 'trace-relu': 'D' }, answers: {} });
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(useLabStore.getState().quiz.checkpoints).toEqual({});
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.click(screen.getByLabelText(/ReLU switched it off/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\./);
  });

  it('renders nothing for steps without a checkpoint', () => {
    const { container } = render(<Checkpoint step="insight" />);
    expect(container).toBeEmptyDOMElement();
  });
});
