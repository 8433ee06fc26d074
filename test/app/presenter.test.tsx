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
  // The slides load on demand.
  await screen.findByRole('region', { name: 'Presenter controls' });
  return engine;
}

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

describe('present mode: slides', () => {
  it('is a slide: the presenter controls in a thin bar, the heading, one main visual, no Back/Next row', async () => {
    await renderPresent();
    // Styled by the registry entry's layout (projector type and colours key on it), never by a mode class.
    expect(document.querySelector('.app')).toHaveClass('layout-slides', 'slides');
    expect(document.querySelector('.app')?.className).not.toMatch(/\bmode-/);
    const bar = screen.getByRole('region', { name: 'Presenter controls' });
    expect(within(bar).getByRole('button', { name: 'Full screen' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Start demo' })).toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Presenter view' })).toBeInTheDocument();
    expect(within(bar).getByLabelText('Seconds per beat')).toBeInTheDocument();
    expect(within(bar).getByLabelText('Learning mode')).toHaveValue('present');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Collection');
    expect(screen.getByText('Every session as a mark')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Main visual' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next →' })).toBeNull();
    expect(window.location.hash).toBe('#v=1&rows=2000&epochs=3&mode=present');
  });

  it('? opens the shortcut list as a named dialog; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    await renderPresent();
    const demo = screen.getByRole('button', { name: 'Start demo' });
    demo.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(dialog).getByRole('row', { name: /Space Start or stop training/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: /Page Down \/ Page Up/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: /^B Blank the screen/ })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(lab.getState()).toMatchObject({ step: 0, beat: 0 });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(demo).toHaveFocus();
  });

  it('Space starts training and stops it; PageDown/PageUp and →/← walk the beats, then the steps', async () => {
    const engine = await renderPresent();
    press(' ');
    expect(engine.train).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(lab.getState().trainStatus).toBe('training'));
    expect(screen.getByRole('region', { name: 'Presenter controls' })).toHaveTextContent(
      'Training: epoch 1 of 3. Space stops it.',
    );
    press(' ');
    expect(lab.getState().trainStatus).toBe('cancelled');
    press('PageDown');
    expect(lab.getState()).toMatchObject({ step: 0, beat: 1 });
    expect(screen.getByText('Details')).toBeInTheDocument();
    press('ArrowRight', window as unknown as Element);
    expect(lab.getState()).toMatchObject({ step: 1, beat: 0 });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Cleaning');
    press('PageUp');
    expect(lab.getState()).toMatchObject({ step: 0, beat: 1 });
    press('ArrowLeft');
    expect(lab.getState()).toMatchObject({ step: 0, beat: 0 });
    press('PageUp');
    expect(lab.getState()).toMatchObject({ step: 0, beat: 0 });
  });

  it('B blanks the screen and shows it again', async () => {
    await renderPresent();
    press('b');
    expect(screen.getByRole('dialog', { name: /The screen is blanked/ })).toBeInTheDocument();
    press('b');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('b');
    fireEvent.click(screen.getByRole('button', { name: /The screen is blanked/ }));
    expect(lab.getState().blanked).toBe(false);
  });

  it('Space leaves buttons and fields alone, and does nothing outside present mode', async () => {
    const engine = await renderPresent();
    press(' ', screen.getByRole('button', { name: 'Start demo' }));
    press(' ', screen.getByLabelText('Seconds per beat'));
    expect(engine.train).not.toHaveBeenCalled();
    act(() => lab.getState().setMode('explore'));
    press(' ');
    press('d');
    press('b');
    expect(engine.train).not.toHaveBeenCalled();
    expect(lab.getState()).toMatchObject({ demoRunning: false, blanked: false });
  });

  it('the demo walks the beats: it trains on the Train beat and waits for the model, then shows the curves; it stops on request', async () => {
    const engine = await renderPresent(3);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    press('d');
    expect(lab.getState().demoRunning).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop demo' })).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(8000));
    expect(lab.getState()).toMatchObject({ step: 3, beat: 1 });
    expect(engine.train).toHaveBeenCalledTimes(1);
    await act(async () => vi.advanceTimersByTime(30_000));
    expect(lab.getState()).toMatchObject({ step: 3, beat: 1 });
    expect(screen.getByRole('region', { name: 'Presenter controls' })).toHaveTextContent(/the demo continues when it finishes/);
    await act(async () => lab.setState({ trainStatus: 'done', servingStatus: 'done' }));
    expect(lab.getState()).toMatchObject({ step: 3, beat: 2 });
    expect(screen.getByText('Loss and accuracy curves')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(8000));
    expect(lab.getState()).toMatchObject({ step: 3, beat: 3 });
    fireEvent.click(screen.getByRole('button', { name: 'Stop demo' }));
    await act(async () => vi.advanceTimersByTime(20_000));
    expect(lab.getState()).toMatchObject({ step: 3, beat: 3, demoRunning: false });
  });

  it('the demo hands control back when its training is stopped, and ends after the last beat', async () => {
    const engine = await renderPresent(3);
    act(() => lab.setState({ beat: 1 }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(screen.getByRole('button', { name: 'Start demo' }));
    expect(engine.train).toHaveBeenCalledTimes(1);
    await act(async () => press(' '));
    expect(lab.getState()).toMatchObject({ trainStatus: 'cancelled', demoRunning: false });
    act(() => lab.getState().goTo(8));
    press('d');
    await act(async () => vi.advanceTimersByTime(8000));
    expect(lab.getState()).toMatchObject({ step: 9, demoRunning: true });
    await act(async () => vi.advanceTimersByTime(8000));
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

  it('classroom settings hide chosen control groups, travel in the link, and reach the slides', async () => {
    const user = userEvent.setup();
    await renderPresent(8);
    await user.click(screen.getByText('Classroom settings'));
    await user.click(screen.getByRole('checkbox', { name: 'Settings panels (every knob)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quiz and checkpoints' }));
    expect(document.querySelector('.app')).toHaveClass('hide-knobs', 'hide-quiz');
    expect(window.location.hash).toContain('hide=knobs%2Cquiz');
    expect(screen.getByText('The quiz is hidden by the classroom settings.')).toBeInTheDocument();
    // The clicker skips the hidden quiz: from the trace's last beat straight to the key insight.
    act(() => lab.getState().goTo(7));
    press('PageDown');
    press('PageDown');
    expect(lab.getState()).toMatchObject({ step: 9, beat: 0 });
    press('PageUp');
    expect(lab.getState()).toMatchObject({ step: 7, beat: 1 });
    act(() => lab.getState().setMode('explore'));
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(lab.getState().hidden).toEqual([]);
  });
});
