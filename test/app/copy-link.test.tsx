// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CopyLink } from '../../src/app/copy-link';

function mockClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

beforeEach(() => window.history.replaceState(null, '', '#v=1&seed=7&mode=present'));

describe('Copy link', () => {
  it('puts the address, with the run’s settings, on the clipboard and confirms it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    mockClipboard(writeText);
    render(<CopyLink />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Link copied/);
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/#v=1&seed=7&mode=present');
  });

  it.each([
    ['refuses', vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))],
    ['has no clipboard', undefined],
  ])('offers the link as selected text when the browser %s', async (_name, writeText) => {
    mockClipboard(writeText);
    render(<CopyLink />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const box = await screen.findByRole('textbox', { name: /Select the link and copy it yourself/ });
    expect(box).toHaveValue(window.location.href);
    expect(box).toHaveAttribute('readonly');
    // The focus moves in an effect after the box renders: wait for it rather than racing it.
    await waitFor(() => expect(box).toHaveFocus());
  });
});
