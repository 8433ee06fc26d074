// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { PREDICTIONS } from '../../src/content/predictions';
import { STEPS, WALK_STEPS } from '../../src/content/steps';
import { answerOf } from '../../src/store/prediction-answers';
import { PROGRESS_KEY } from '../../src/store/progress-storage';
import { parseHash } from '../../src/store/url-hash';
import { firstScreenWords } from '../fixtures/first-screen-words';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#');
  resetStore();
});

const stepIndex = (id: string) => STEPS.findIndex((s) => s.id === id);

/** A trained run whose deployment report and check run are in, rendered in the current mode. */
async function renderTrained() {
  const engine = createTestEngine();
  await primeStore(engine, { train: true });
  await waitFor(() => expect(lab.getState().servingStatus).toBe('done'), { timeout: 60_000 });
  renderWithEngine(<App />, engine);
}

describe('Guided, the default', () => {
  it('a bare link opens Guided at the first step with the full title and intro; later steps collapse the shell to one line', async () => {
    lab.getState().applyLink(parseHash(''));
    expect(lab.getState().mode).toBe('guided');
    renderWithEngine(<App />, createTestEngine());
    await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pipeline Lab — why production readiness matters');
    expect(screen.getByText(/A model that scores well once in a notebook/)).toBeInTheDocument();
    act(() => lab.getState().goTo(1));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Pipeline Lab$/);
    expect(screen.queryByText(/A model that scores well once in a notebook/)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Learning mode' })).toBeInTheDocument();
    // Explore keeps the full shell on every step.
    act(() => lab.getState().setMode('explore'));
    expect(screen.getByText(/A model that scores well once in a notebook/)).toBeInTheDocument();
  });

  it('every step’s first screen holds at most 150 words of prose, before and after its prompt', async () => {
    const user = userEvent.setup();
    await renderTrained();
    const counts: string[] = [];
    for (let i = 0; i < WALK_STEPS.length; i++) {
      act(() => lab.getState().goTo(i));
      const main = screen.getByRole('main');
      const before = firstScreenWords(main);
      const skip = within(main).queryByRole('button', { name: 'Skip' });
      if (skip) await user.click(skip);
      // The dot view loads on demand: count its words too.
      await waitFor(() => expect(within(main).queryByText('Drawing the rows…')).toBeNull());
      const after = firstScreenWords(main);
      counts.push(`${STEPS[i].id}: ${before} → ${after}`);
      if (process.env.SHOW_WORDS) console.log(counts.at(-1), main.textContent);
      expect(before, STEPS[i].id).toBeLessThanOrEqual(150);
      expect(after, STEPS[i].id).toBeLessThanOrEqual(150);
      // The stage's details are still on the page, behind the disclosure.
      if (i < 7) expect(within(main).getByText('More about this').closest('details')).not.toHaveAttribute('open');
    }
    expect(counts).toHaveLength(10);
  }, 120_000);

  it('the prompt is skippable, and a committed guess ends in one sentence comparing it with the run', async () => {
    const user = userEvent.setup();
    await renderTrained();
    act(() => lab.getState().goTo(stepIndex('cleaning')));
    const main = screen.getByRole('main');
    const dropped = lab.getState().snapshot!.cleaning.droppedTotal;
    await user.type(within(main).getByLabelText('Your guess (rows)'), '1500');
    await user.click(within(main).getByRole('button', { name: 'Commit my guess' }));
    expect(within(main).getByRole('region', { name: 'Your prediction' })).toHaveTextContent(
      `You guessed 1,500 rows; the run dropped ${dropped.toLocaleString('en-US')} rows — a surprise.`,
    );
    // A number outside the range is refused with a message.
    act(() => lab.getState().goTo(stepIndex('deployment')));
    await user.type(within(main).getByLabelText('Your guess (% of float32)'), '250');
    await user.click(within(main).getByRole('button', { name: 'Commit my guess' }));
    expect(within(main).getByRole('alert')).toHaveTextContent('Enter a number from 0 to 100.');
    await user.click(within(main).getByRole('button', { name: 'Skip' }));
    expect(within(main).queryByRole('form')).toBeNull();
    expect(within(main).getByText('More about this')).toBeInTheDocument();
  }, 120_000);
});

describe('Predict mode', () => {
  it('on every stage the answer is not in the page until a guess is committed, then guess and result are compared', async () => {
    const user = userEvent.setup();
    lab.getState().setMode('predict');
    await renderTrained();
    for (const p of PREDICTIONS) {
      act(() => lab.getState().goTo(stepIndex(p.step)));
      const answer = answerOf(p.id, lab.getState());
      expect(answer, p.id).not.toBeNull();
      const main = screen.getByRole('main');
      expect(document.body.textContent, p.id).not.toContain(answer!.text);
      expect(within(main).queryByRole('button', { name: 'Skip' })).toBeNull();
      expect(within(main).getByText('Commit a guess to see this stage’s result.')).toBeInTheDocument();
      if (p.kind === 'number') {
        await user.type(within(main).getByLabelText(`Your guess (${p.unit})`), String(p.min));
        await user.click(within(main).getByRole('button', { name: 'Commit my guess' }));
      } else await user.click(within(main).getByRole('button', { name: p.choices[0] }));
      expect(within(main).getByRole('region', { name: 'Your prediction' }), p.id).toHaveTextContent(
        `the run ${p.resultVerb} ${answer!.text}`,
      );
      expect(document.body.textContent).toContain(answer!.text);
    }
    // The guesses are saved with the quiz progress.
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(Object.keys(saved.guesses)).toHaveLength(PREDICTIONS.length);
    // The calibration summary ends the walk.
    act(() => lab.getState().goTo(stepIndex('insight')));
    const summary = screen.getByRole('region', { name: 'How well you predicted' });
    expect(summary).toHaveTextContent(`Of ${PREDICTIONS.length} guesses compared:`);
    expect(within(summary).getAllByRole('listitem')).toHaveLength(PREDICTIONS.length);
  }, 180_000);
});
