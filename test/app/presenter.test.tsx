// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#');
  resetStore();
});
afterEach(() => vi.useRealTimers());

/** The app in present mode on a real (cpu) engine whose training never ends unless stopped. */
async function renderPresent(step = 0) {
  lab.setState({ mode: 'present', step });
  const engine = { ...createTestEngine(), train: vi.fn(() => new Promise<never>(() => {})) };
  renderWithEngine(<App />, engine);
  await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
  return engine;
}

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

describe('present mode', () => {
  it('has large-type, high-contrast styling hooks and the presenter controls', async () => {
    await renderPresent();
    expect(document.querySelector('.app')).toHaveClass('mode-present');
    const bar = screen.getByRole('region', { name: 'Presenter controls' });
    expect(within(bar).getByRole('button', { name: 'Full screen' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Start demo' })).toBeInTheDocument();
    expect(within(bar).getByLabelText('Seconds per step')).toBeInTheDocument();
    expect(window.location.hash).toBe('#v=1&rows=2000&epochs=3&mode=present');
  });

  it('? opens the shortcut list as a named dialog; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    await renderPresent();
    const next = screen.getByRole('button', { name: 'Next →' });
    next.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByRole('row', { name: /Space Start or stop training/ })).toBeInTheDocument();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(lab.getState().step).toBe(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(next).toHaveFocus();
  });

  it('the toolbar button opens the same list, and Close returns focus to it', async () => {
    const user = userEvent.setup();
    await renderPresent();
    const open = screen.getByRole('button', { name: 'Keyboard shortcuts (?)' });
    await user.click(open);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
  });

  it('Space starts training and stops it; ← and → move between steps', async () => {
    const engine = await renderPresent();
    press(' ');
    expect(engine.train).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(lab.getState().trainStatus).toBe('training'));
    expect(screen.getByRole('region', { name: 'Presenter controls' })).toHaveTextContent(
      'Training: epoch 1 of 3. Space stops it.',
    );
    press(' ');
    expect(lab.getState().trainStatus).toBe('cancelled');
    press('ArrowRight', window as unknown as Element);
    press('ArrowRight');
    expect(lab.getState().step).toBe(2);
    press('ArrowLeft');
    expect(lab.getState().step).toBe(1);
  });

  it('Space leaves buttons and fields alone, and does nothing outside present mode', async () => {
    const engine = await renderPresent();
    press(' ', screen.getByRole('button', { name: 'Next →' }));
    press(' ', screen.getByLabelText('Seed'));
    expect(engine.train).not.toHaveBeenCalled();
    act(() => lab.getState().setMode('explore'));
    press(' ');
    press('d');
    expect(engine.train).not.toHaveBeenCalled();
    expect(lab.getState().demoRunning).toBe(false);
  });

  it('the demo steps through the stages, trains on the training step and waits for it, and stops on request', async () => {
    const engine = await renderPresent(2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    press('d');
    expect(lab.getState().demoRunning).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop demo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(8000));
    expect(lab.getState().step).toBe(3);
    expect(engine.train).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(30_000));
    expect(lab.getState().step).toBe(3);
    expect(screen.getByRole('region', { name: 'Presenter controls' })).toHaveTextContent(/the demo continues when it finishes/);
    act(() => lab.setState({ trainStatus: 'done', servingStatus: 'done' }));
    act(() => vi.advanceTimersByTime(8000));
    expect(lab.getState().step).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Stop demo' }));
    act(() => vi.advanceTimersByTime(20_000));
    expect(lab.getState().step).toBe(4);
  });

  it('the demo hands control back when its training is stopped, and ends after the last step', async () => {
    const engine = await renderPresent(3);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(screen.getByRole('button', { name: 'Start demo' }));
    expect(engine.train).toHaveBeenCalledTimes(1);
    press(' ');
    expect(lab.getState()).toMatchObject({ trainStatus: 'cancelled', demoRunning: false });
    act(() => lab.getState().goTo(9));
    press('d');
    expect(lab.getState().demoRunning).toBe(true);
    act(() => vi.advanceTimersByTime(8000));
    expect(lab.getState()).toMatchObject({ step: 9, demoRunning: false });
  });

  it('full screen is requested from the button and F, with a message where the browser has none', async () => {
    await renderPresent();
    const button = screen.getByRole('button', { name: 'Full screen' });
    fireEvent.click(button);
    expect(await screen.findByText(/does not offer full screen here/)).toBeInTheDocument();
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: request, configurable: true });
    fireEvent.click(button);
    press('f');
    expect(request).toHaveBeenCalledTimes(2);
    delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
  });

  it('classroom settings hide chosen control groups and travel in the link', async () => {
    const user = userEvent.setup();
    await renderPresent(8);
    await user.click(screen.getByText('Classroom settings'));
    await user.click(screen.getByRole('checkbox', { name: 'Settings panels (every knob)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz and checkpoints' }));
    expect(document.querySelector('.app')).toHaveClass('hide-knobs', 'hide-quiz');
    expect(window.location.hash).toContain('hide=knobs%2Cquiz');
    expect(screen.getByText('The quiz is hidden by the classroom settings.')).toBeInTheDocument();
    act(() => lab.getState().setMode('explore'));
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(lab.getState().hidden).toEqual([]);
    expect(screen.getByRole('group', { name: 'Why is data cleaning important before training?' })).toBeInTheDocument();
  });
});
