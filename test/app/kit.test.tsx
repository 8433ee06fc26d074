// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { CARD_QUESTIONS } from '../../src/content/card-quiz';
import { BANK_QUESTIONS } from '../../src/content/quiz-bank';
import { KitButton } from '../../src/app/kit/kit-button';
import { captureDownloads } from '../fixtures/downloads';
import { lab, renderWithStore } from '../fixtures/render';

beforeEach(() => lab.setState(lab.getInitialState(), true));

describe('the instructor’s kit', () => {
  it('opens from its button as a named dialog, and Escape closes it back to the button', async () => {
    const user = userEvent.setup();
    renderWithStore(<KitButton />);
    const button = screen.getByRole('button', { name: 'Instructor’s kit' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Instructor’s kit' });
    expect(dialog).toHaveTextContent('Class summary');
    expect(screen.getByLabelText('Results files (CSV or JSON, several at once)')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('downloads the card’s and the bank’s questions as a QTI zip, and says the run’s come after training', async () => {
    const user = userEvent.setup();
    renderWithStore(<KitButton />);
    await user.click(screen.getByRole('button', { name: 'Instructor’s kit' }));
    await screen.findByRole('dialog');
    expect(screen.getByText(/Train the model first to include the questions about this run/)).toBeInTheDocument();
    const { saved, restore } = captureDownloads();
    try {
      await user.click(screen.getByRole('button', { name: 'Download questions (QTI 2.1 zip)' }));
      await waitFor(() => expect(saved).toHaveLength(1));
    } finally {
      restore();
    }
    const n = CARD_QUESTIONS.length + BANK_QUESTIONS.length;
    const files = unzipSync(new Uint8Array(await saved[0].blob.arrayBuffer()));
    // The manifest, the assessmentTest and one item per question.
    expect(Object.keys(files)).toHaveLength(n + 2);
    expect(Object.keys(files).filter((f) => f.startsWith('items/'))).toHaveLength(n);
    expect(screen.getByText(`Saved pipeline-lab-quiz-qti21.zip with ${n} questions.`)).toBeInTheDocument();
  });
});
