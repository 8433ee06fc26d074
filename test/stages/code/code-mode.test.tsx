// @vitest-environment jsdom
/** Code mode in the app: both snippets on every stage, filled from the store, copyable, by keyboard, with names. */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/app';
import { CODE_TEXT, codeForStage } from '../../../src/content/code/snippets';
import { STAGE_IDS, STAGE_NAMES } from '../../../src/pipeline/summary';
import { codeFactsOf } from '../../../src/store/code-facts';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '#');
  resetStore();
});

async function renderCodeMode() {
  act(() => lab.getState().setMode('code'));
  renderWithEngine(<App />, createTestEngine());
  await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
}

const factsNow = () => {
  const s = lab.getState();
  return codeFactsOf(s.config, s.preparedConfig!, s.snapshot!);
};

describe('Code mode', () => {
  it('walks the seven stages by keyboard, each with its TensorFlow.js and Python code filled with the store’s numbers', async () => {
    const user = userEvent.setup();
    await renderCodeMode();
    for (const [i, stage] of STAGE_IDS.entries()) {
      const title = STAGE_NAMES[stage];
      const js = await screen.findByRole('region', { name: `TensorFlow.js code for ${title}` }, { timeout: 30_000 });
      const py = screen.getByRole('region', { name: `${CODE_TEXT.python} code for ${title}` });
      const expected = codeForStage(stage, factsNow());
      // Every line of the filled code is on the page, and the marked lines are the data's, with a text marker.
      for (const [el, snippet] of [
        [js, expected.js],
        [py, expected.python],
      ] as const) {
        const lines = [...el.querySelectorAll('.code-line')];
        expect(lines).toHaveLength(snippet.code.split('\n').length);
        const marked = lines.flatMap((l, n) => (l.classList.contains('marked') ? [n + 1] : []));
        expect(marked).toEqual(snippet.highlighted);
        for (const n of marked) expect(lines[n - 1]).toHaveTextContent(/▶.*\(marked\)/);
        expect(el).toHaveAccessibleDescription(/^Lines [\d–, ]+ \(marked ▶\) are /);
        expect(el).toHaveAttribute('tabindex', '0');
      }
      if (i < STAGE_IDS.length - 1) {
        const next = screen.getByRole('button', { name: 'Next →' });
        next.focus();
        await user.keyboard('{Enter}');
      } else {
        expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
      }
    }
  }, 120_000);

  it('shows the store’s own numbers: rows, rows kept, epochs, learning rate, hidden units and threshold', async () => {
    await renderCodeMode();
    const s = lab.getState();
    const snap = s.snapshot!;
    const js = (title: string) => screen.getByRole('region', { name: `TensorFlow.js code for ${title}` }).textContent;
    expect(
      await screen.findByRole('region', { name: /TensorFlow.js code for Data Collection/ }, { timeout: 30_000 }),
    ).toHaveTextContent(`${snap.rawShape[0]} sessions × 10 columns`);
    act(() => lab.getState().goTo(1));
    expect(await screen.findByRole('region', { name: /TensorFlow.js code for Data Cleaning/ })).toHaveTextContent(
      `${snap.cleanShape[0]} kept`,
    );
    act(() => lab.getState().goTo(3));
    await screen.findByRole('region', { name: /TensorFlow.js code for Model Training/ });
    const code = js('Model Training');
    expect(code).toContain(`epochs: ${s.config.epochs}, batchSize: ${s.config.batchSize}`);
    expect(code).toContain(`tf.train.adam(${s.config.learningRate})`);
    expect(code).toContain(`inputShape: [${snap.inputNames.length}], units: ${s.config.hidden1}`);
    // A changed setting reaches the code at once.
    act(() => lab.getState().setKnob('hidden2', 5));
    expect(js('Model Training')).toContain('units: 5, activation');
    act(() => lab.getState().goTo(4));
    expect(await screen.findByRole('region', { name: /TensorFlow.js code for Model Validation/ })).toHaveTextContent(
      `p.greaterEqual(${s.config.threshold})`,
    );
  }, 60_000);

  it('copies a snippet, and says what to do when the browser refuses', async () => {
    const user = userEvent.setup();
    await renderCodeMode();
    const figure = await screen.findByRole('figure', { name: 'TensorFlow.js' }, { timeout: 30_000 });
    await user.click(within(figure).getByRole('button', { name: 'Copy the TensorFlow.js code' }));
    expect(await navigator.clipboard.readText()).toBe(codeForStage('collection', factsNow()).js.code);
    expect(within(figure).getByRole('status')).toHaveTextContent(CODE_TEXT.copied);

    const python = screen.getByRole('figure', { name: CODE_TEXT.python });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('NotAllowedError'));
    within(python)
      .getByRole('button', { name: `Copy the ${CODE_TEXT.python} code` })
      .focus();
    await user.keyboard('{Enter}');
    expect(within(python).getByRole('status')).toHaveTextContent(CODE_TEXT.copyFailed);
    // The code is focused and selected, ready for Ctrl+C.
    expect(document.activeElement).toBe(within(python).getByRole('region'));
    expect(window.getSelection()?.toString()).toContain('import pandas as pd');
  }, 60_000);
});
