// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrainingStage } from '../../../src/stages/training/training-stage';
import { createTestEngine, FIXTURE_CONFIG, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

const loss = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const epochRows = () =>
  within(screen.getByRole('table', { name: /Training trace/ }))
    .getAllByRole('row')
    .slice(1);

beforeAll(async () => {
  await useCpu();
});
beforeEach(() => {
  resetStore();
  // The knobs under test are Explore's (Guided keeps the model's and the data's advanced settings out of the way).
  lab.getState().setMode('explore');
});

describe('Model Training', () => {
  it('Train is disabled until the data is ready, and the backend is explained before a run', () => {
    const engine = createTestEngine();
    renderWithEngine(<TrainingStage />, engine);
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(/No data yet/);
    expect(screen.getByText(/The backend is chosen when training starts/)).toBeInTheDocument();
    expect(epochRows()).toHaveLength(1);
    expect(epochRows()[0]).toHaveTextContent(/No epochs yet/);
  });

  it('Train runs and the epoch table fills with the store’s numbers', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<TrainingStage />, engine);
    expect(screen.getByRole('status')).toHaveTextContent('Ready: press Train');
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Trained in \d+\.\d s on cpu \(3 epochs\)\.$/), {
      timeout: 20_000,
    });
    const { epochs, backend } = lab.getState();
    expect(epochs).toHaveLength(FIXTURE_CONFIG.epochs);
    const rows = epochRows();
    expect(rows).toHaveLength(FIXTURE_CONFIG.epochs);
    rows.forEach((row, i) => {
      const e = epochs[i];
      expect(within(row).getByRole('rowheader')).toHaveTextContent(String(e.epoch));
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([loss(e.loss), pct(e.accuracy), loss(e.valLoss), pct(e.valAccuracy), e.observation]);
    });
    expect(screen.getByText(backend?.reason ?? 'missing reason', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Backend: CPU/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Loss per epoch/ })).toBeInTheDocument();
    const accuracyTable = within(screen.getByRole('figure', { name: /Accuracy per epoch/ })).getByRole('table', { hidden: true });
    // The charts follow the store at low priority (a deferred render), so their last epoch may land a moment later.
    await waitFor(() =>
      expect(within(accuracyTable).getAllByRole('row', { hidden: true })).toHaveLength(1 + FIXTURE_CONFIG.epochs),
    );
    expect(accuracyTable).toHaveTextContent(pct(epochs[epochs.length - 1].valAccuracy));
    // Let the background serving run finish so it cannot spill into the next test.
    await waitFor(() => expect(lab.getState().servingStatus).toBe('done'), { timeout: 30_000 });
  });

  it('Stop during training keeps nothing from the run and says so', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    // Records when the engine's training call really ends (the cancelled loop has noticed).
    let runEnded = false;
    const train = engine.train;
    engine.train = (c, cb) => {
      const run = train(c, cb);
      run.then(
        () => (runEnded = true),
        () => (runEnded = true),
      );
      return run;
    };
    resetStore({ ...FIXTURE_CONFIG, epochs: 200 });
    lab.getState().setMode('explore');
    await primeStore(engine);
    renderWithEngine(<TrainingStage />, engine);
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(lab.getState().epochs.length).toBeGreaterThanOrEqual(1), { timeout: 20_000 });
    expect(screen.getByRole('status')).toHaveTextContent(/^Training… epoch \d+ of 200$/);
    // The link is edited meanwhile (epochs=4): the status still describes the 200-epoch run in progress.
    act(() => lab.setState((st) => ({ config: { ...st.config, epochs: 4 } })));
    expect(screen.getByRole('status')).toHaveTextContent(/^Training… epoch \d+ of 200$/);
    const firstRow = epochRows()[0];
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent('1');
    expect(within(firstRow).getAllByRole('cell')[0]).toHaveTextContent(loss(lab.getState().epochs[0].loss));
    expect(screen.getByRole('progressbar', { name: 'Training progress' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Epochs' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Stopped: nothing from the stopped run is kept/);
    // Wait until the cancelled loop has really ended; nothing from it may arrive afterwards.
    await waitFor(() => expect(runEnded).toBe(true), { timeout: 20_000 });
    expect(lab.getState().epochs).toEqual([]);
    expect(lab.getState().trainStatus).toBe('cancelled');
    expect(epochRows()).toHaveLength(1);
    expect(epochRows()[0]).toHaveTextContent(/No epochs yet/);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Epochs' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Train' })).toHaveFocus();
  });

  it('an invalid number typed into a knob is refused with a message and the old value stays', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    renderWithEngine(<TrainingStage />, engine);
    const box = screen.getByRole('spinbutton', { name: 'Epochs' });
    await user.clear(box);
    await user.type(box, '0');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(`Epochs must be between 1 and 200; keeping ${FIXTURE_CONFIG.epochs}.`);
    expect(lab.getState().config.epochs).toBe(FIXTURE_CONFIG.epochs);
    expect(screen.getByRole('slider', { name: 'Epochs slider' })).toHaveValue(String(FIXTURE_CONFIG.epochs));
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });
});
