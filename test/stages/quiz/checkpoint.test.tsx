// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checkpoint } from '../../../src/stages/quiz/checkpoint';
import { lab, renderWithStore } from '../../fixtures/render';

beforeEach(() => lab.setState(lab.getInitialState(), true));

describe('stage checkpoints', () => {
  it('asks the stage’s short question, keeps the answer apart from the quiz, and can be tried again', async () => {
    const user = userEvent.setup();
    renderWithStore(<Checkpoint step="trace" />);
    expect(screen.getByRole('region', { name: 'Checkpoint' })).toBeInTheDocument();
    await user.click(screen.getByLabelText(/The sigmoid rounded it down/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Not quite\..*The correct answer, A, is marked ✓/);
    expect(screen.getByRole('radio', { name: /ReLU switched it off/ })).toHaveAccessibleName(/✓ Correct answer/);
    expect(lab.getState().quiz).toMatchObject({ checkpoints: { 'trace-relu': 'D' }, answers: {} });
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(lab.getState().quiz.checkpoints).toEqual({});
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.click(screen.getByLabelText(/ReLU switched it off/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Right: /);
  });

  it('renders nothing for steps without a checkpoint', () => {
    const { container } = renderWithStore(<Checkpoint step="insight" />);
    expect(container).toBeEmptyDOMElement();
  });
});
