// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { DEFAULT_MODE } from '../../src/store/mode-registry';
import { PROGRESS_KEY } from '../../src/store/progress-storage';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#');
  resetStore();
});

async function renderApp() {
  renderWithEngine(<App />, createTestEngine());
  await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
}

describe('learning modes', () => {
  it('switch from a labelled select, describe themselves, and travel in the link', async () => {
    const user = userEvent.setup();
    await renderApp();
    const select = screen.getByRole('combobox', { name: 'Learning mode' });
    expect(select).toHaveValue('guided');
    expect(select).toHaveAccessibleDescription(/A 12-minute lesson/);
    await user.selectOptions(select, 'explore');
    expect(select).toHaveAccessibleDescription(/Every setting on every stage/);
    expect(window.location.hash).toBe('#v=1&rows=2000&epochs=3&mode=explore');
    expect(document.querySelector('.app')).toHaveClass('mode-explore');
  });

  it('guided mode puts a hook from the run and what the step teaches first, the stage itself behind “More about this”', async () => {
    const user = userEvent.setup();
    await renderApp();
    const guide = screen.getByRole('region', { name: 'What this step teaches' });
    expect(guide).toHaveTextContent(/2,000 sessions from [\d,]+ visitors/);
    expect(guide).toHaveTextContent(/Everything starts with data/);
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    const main = screen.getByRole('main');
    // The card line follows the store at low priority (a deferred render).
    await waitFor(() => expect(main.querySelector('.card-line')).not.toBeNull());
    expect(main.querySelector('.card-line')?.closest('details')).toHaveTextContent(/^More about this/);
    expect(main.querySelector('.step-guide')?.compareDocumentPosition(main.querySelector('.card-line')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('every stage and the prediction trace end with a checkpoint; the quiz and insight steps do not', async () => {
    act(() => lab.getState().setMode('explore'));
    await renderApp();
    expect(screen.getByRole('region', { name: 'Checkpoint' })).toHaveTextContent(/You share a link with seed 42/);
    // The step's content follows the stepper at transition priority (app.tsx): wait for it.
    act(() => lab.getState().goTo(6));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Checkpoint' })).toHaveTextContent(/Why set up monitoring/));
    act(() => lab.getState().goTo(7));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Checkpoint' })).toHaveTextContent(/exactly 0/));
    act(() => lab.getState().goTo(9));
    await screen.findByRole('heading', { level: 2, name: 'Key Insight' });
    expect(screen.queryByRole('region', { name: 'Checkpoint' })).toBeNull();
  });

  it('quiz mode shows the quiz alone, without the stepper or the arrow keys', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Learning mode' }), 'quiz');
    expect(screen.queryByRole('navigation', { name: 'Pipeline steps' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Back and next' })).toBeNull();
    // The quiz step loads on demand (the old step stays until it has).
    expect(await screen.findByRole('group', { name: 'Why is data cleaning important before training?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Model Quiz');
    await user.keyboard('{ArrowRight}');
    expect(lab.getState().step).toBe(0);
  });

  it('answers are saved, and a corrupted saved store gives a notice instead of a crash', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"answers":<script>');
    const user = userEvent.setup();
    act(() => lab.getState().setMode('quiz'));
    await renderApp();
    expect(screen.getByText(/Saved quiz progress could not be used \(it is not valid JSON\)/)).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${PROGRESS_KEY}:unreadable-`));
    expect(backups).toHaveLength(1);
    expect(localStorage.getItem(backups[0])).toBe('{"version":1,"answers":<script>');
    await user.click(await screen.findByLabelText(/It removes errors/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toMatchObject({ version: 1, answers: { 'card-cleaning': 'C' } });
  });

  it('resumes saved progress on the next visit', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, attempt: 0, answers: { 'card-cleaning': 'C' }, checkpoints: {}, results: [] }),
    );
    act(() => lab.getState().setMode('quiz'));
    await renderApp();
    expect(await screen.findByText('Question 2 of 3 · 1 right so far')).toBeInTheDocument();
  });

  it('the classroom settings reach the stepper and the flow strip: no quiz step, no strip', async () => {
    const user = userEvent.setup();
    act(() => {
      // Explore shows the strip (Guided has none), so its absence here is the classroom setting's doing.
      lab.getState().setMode('explore');
      lab.getState().setHidden(['flow', 'quiz']);
    });
    await renderApp();
    const steps = within(screen.getByRole('navigation', { name: 'Pipeline steps' })).getAllByRole('button');
    expect(steps.map((b) => b.textContent)).not.toContain('9Quiz');
    expect(steps).toHaveLength(9);
    expect(screen.queryByRole('region', { name: 'Data flow through the seven stages' })).toBeNull();
    act(() => lab.getState().goTo(7));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Key Insight' })).toBeInTheDocument();
  });

  it('no stylesheet hides content by mode or classroom setting', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const css = [
      'src/styles.css',
      ...readdirSync('src/stages', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.css'))
        .map((f) => `src/stages/${f}`),
    ];
    for (const file of css) expect(readFileSync(file, 'utf8')).not.toMatch(/\.(mode|hide)-[a-z]+[^{]*\{[^}]*display:\s*none/);
  });
});

describe('a combination that hides everything', () => {
  it('quiz mode with the quiz hidden says nothing is left to show and offers the way back', async () => {
    const user = userEvent.setup();
    act(() => {
      lab.getState().setMode('quiz');
      lab.getState().setHidden(['quiz']);
    });
    await renderApp();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Quiz mode shows only the quiz, and the classroom settings hide the quiz: nothing is left to show.',
    );
    await user.click(within(alert).getByRole('button', { name: 'Show the quiz again' }));
    expect(lab.getState().hidden).toEqual([]);
    expect(screen.getByRole('group', { name: 'Why is data cleaning important before training?' })).toBeInTheDocument();
  });

  it('offers the other way back too: leave quiz mode', async () => {
    const user = userEvent.setup();
    act(() => {
      lab.getState().setMode('quiz');
      lab.getState().setHidden(['quiz']);
    });
    await renderApp();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Leave quiz mode' }));
    expect(lab.getState().mode).toBe(DEFAULT_MODE);
    expect(screen.getByRole('navigation', { name: 'Pipeline steps' })).toBeInTheDocument();
  });
});
