// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { parseHash } from '../../src/store/url-hash';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  resetStore();
  // These tests are about the full page: Explore shows every part of every step (Guided is tested in guided.test.tsx).
  lab.getState().setMode('explore');
});

async function renderApp() {
  const engine = createTestEngine();
  renderWithEngine(<App />, engine);
  // The app prepares the data on first load.
  await screen.findByText(/2,000 sessions from/, undefined, { timeout: 15_000 });
  await screen.findByRole('rowheader', { name: '0' });
  return engine;
}

describe('the app shell', () => {
  it('shows the title, the intro and all ten steps with the first one current', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('why production readiness matters');
    const steps = within(screen.getByRole('navigation', { name: 'Pipeline steps' })).getAllByRole('button');
    expect(steps).toHaveLength(10);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('region', { name: 'Step progress' })).toHaveTextContent('Step 1 of 10: Data Collection');
  });

  it('moves with Next/Back and focuses the new step heading', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Cleaning');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Collection');
    expect(screen.getByRole('button', { name: '← Back' })).toBeDisabled();
  });

  it('moves with the arrow keys, but not while the learner types in a field', async () => {
    await renderApp();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(lab.getState().step).toBe(2);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(lab.getState().step).toBe(1);
    act(() => lab.getState().goTo(0));
    const seed = screen.getByLabelText('Seed');
    fireEvent.keyDown(seed, { key: 'ArrowRight' });
    expect(lab.getState().step).toBe(0);
    // Step 1 was mounted again: let its table's rows arrive inside the test.
    await screen.findByRole('rowheader', { name: '0' });
  });

  it('the data-flow strip shows the shapes of this run', async () => {
    await renderApp();
    const strip = screen.getByRole('region', { name: 'Data flow through the seven stages' });
    expect(within(strip).getByRole('button', { name: /Data Cleaning/ })).toHaveTextContent('1,960 × 10');
    expect(within(strip).getByRole('button', { name: /Feature Engineering/ })).toHaveTextContent('1,960 × 12');
    // Model Training: the 80/20 split, from the snapshot the dot view splits by.
    const { trainRows, validationRows } = lab.getState().snapshot!;
    expect(trainRows + validationRows).toBe(1960);
    expect(within(strip).getByRole('button', { name: /Model Training/ })).toHaveTextContent(
      `${trainRows.toLocaleString('en-US')} / ${validationRows.toLocaleString('en-US')}`,
    );
  });

  it('every step renders without crashing before any training', async () => {
    await renderApp();
    for (let i = 0; i < 10; i++) {
      act(() => lab.getState().goTo(i));
      expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    }
  });

  it('a hand-edited hostile link gives notices, clamped settings and no injected markup', async () => {
    window.history.replaceState(null, '', '#v=1&seed=<img src=x onerror=alert(1)>&rows=-5&step=cleaning&mode=explore');
    lab.getState().applyLink(parseHash(window.location.hash));
    const engine = createTestEngine();
    renderWithEngine(<App />, engine);
    expect(await screen.findByText('Rows: the link’s rows= value «-5» is outside 100–1000000; using 100.')).toBeInTheDocument();
    // The link's own text is not quoted: only its length.
    expect(
      screen.getByText('Seed: the link’s seed= value (28 characters, not shown) is not a decimal number; using 42.'),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(lab.getState().config.rows).toBe(100);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Data Cleaning');
    await screen.findByText(/Dropped 2 rows/);
    // The corrected settings are written back to the address bar.
    expect(window.location.hash).toBe('#v=1&rows=100&step=cleaning&mode=explore');
    window.history.replaceState(null, '', '#');
  });

  it('a hostile mode or classroom setting gives a notice, the default mode and no injected markup', async () => {
    window.history.replaceState(null, '', '#v=1&rows=2000&epochs=3&mode=<svg onload=alert(1)>&hide=<img src=x>,flow&mode=quiz');
    lab.getState().applyLink(parseHash(window.location.hash));
    renderWithEngine(<App />, createTestEngine());
    expect(await screen.findByText(/The link’s mode= value \(\d+ characters, not shown\) is not a mode/)).toBeInTheDocument();
    expect(screen.getByText(/hide= value \(\d+ characters, not shown\) cannot be hidden/)).toBeInTheDocument();
    expect(screen.getByText('“mode” appeared 2 times; the first value is used.')).toBeInTheDocument();
    expect(document.querySelector('svg[onload], img[src=x]')).toBeNull();
    expect(lab.getState()).toMatchObject({ mode: 'guided', hidden: ['flow'] });
    expect(document.querySelector('.app')).toHaveClass('hide-flow');
    await waitFor(() => expect(window.location.hash).toBe('#v=1&rows=2000&epochs=3&hide=flow'));
    window.history.replaceState(null, '', '#');
  });
});
