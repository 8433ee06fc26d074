// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { accuracy, confusion, logLoss, roc } from '../../../src/pipeline/metrics';
import { summarizeScores } from '../../../src/pipeline/score-summary';
import { ValidationStage } from '../../../src/stages/validation/validation-stage';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function matrixCounts() {
  const table = screen.getByRole('table', { name: /Confusion matrix/ });
  const count = (row: RegExp, col: number): number => {
    const cells = within(within(table).getByRole('row', { name: row })).getAllByRole('cell');
    return Number(cells[col].querySelector('.cm-count')?.textContent?.replace(/,/g, ''));
  };
  return {
    tp: count(/^Actual converted/, 0),
    fn: count(/^Actual converted/, 1),
    fp: count(/^Actual not converted/, 0),
    tn: count(/^Actual not converted/, 1),
  };
}

function metric(name: string): string {
  return screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

function trained() {
  const { validationScores: v, trainingScores: t } = lab.getState();
  if (!v || !t) throw new Error('the store has no scores');
  return { v, t };
}

/** Renders the stage and waits for its lazily loaded ROC plot, so the plot's code never lands in a later test. */
async function renderTrained(engine: ReturnType<typeof createTestEngine>): Promise<void> {
  renderWithEngine(<ValidationStage />, engine);
  await waitFor(() => expect(screen.queryByText('Drawing the chart…')).not.toBeInTheDocument(), { timeout: 10_000 });
}

beforeAll(async () => {
  await useCpu();
});
beforeEach(() => resetStore());

describe('Model Validation', () => {
  it('before training it says so and goes to the training step', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<ValidationStage />, engine);
    expect(screen.getByRole('heading', { level: 3, name: 'No trained model yet' })).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Decision threshold' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Confusion matrix/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to Model Training' }));
    expect(lab.getState().step).toBe(3);
  });

  it('after training the threshold slider updates the metrics and the confusion matrix live', async () => {
    const engine = createTestEngine();
    await primeStore(engine, { train: true });
    await renderTrained(engine);
    const { v } = trained();
    const at = (th: number) => confusion(v.y, v.p, th);

    expect(matrixCounts()).toEqual(at(0.5));
    expect(metric('Accuracy')).toBe(pct(accuracy(v.y, v.p, 0.5)));
    expect(metric('Log loss')).toBe(logLoss(v.y, v.p).toFixed(3));
    expect(metric('AUC')).toBe(roc(v.y, v.p).auc!.toFixed(3));
    const before = matrixCounts();

    const slider = screen.getByRole('slider', { name: 'Decision threshold' });
    fireEvent.change(slider, { target: { value: '0.3' } });
    expect(lab.getState().config.threshold).toBe(0.3);
    const after = matrixCounts();
    expect(after).toEqual(at(0.3));
    expect(after).not.toEqual(before);
    expect(after.tp + after.fp).toBeGreaterThanOrEqual(before.tp + before.fp);
    expect(after.tp + after.fn + after.fp + after.tn).toBe(v.y.length);
    const c = at(0.3);
    expect(metric('Recall')).toBe(pct(c.tp / (c.tp + c.fn)));
    expect(metric('Precision')).toBe(pct(c.tp / (c.tp + c.fp)));
    expect(screen.getByRole('table', { name: /Confusion matrix at threshold 0\.30/ })).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`At threshold 0\\.30 the model flags ${(c.tp + c.fp).toLocaleString('en-US')} sessions`)),
    ).toBeInTheDocument();
  });

  it('the ROC curve shows the AUC, the threshold’s point and a short table alternative', async () => {
    const engine = createTestEngine();
    await primeStore(engine, { train: true });
    await renderTrained(engine);
    const { v } = trained();
    const figure = screen.getByRole('figure', { name: `ROC curve (AUC ${roc(v.y, v.p).auc!.toFixed(3)})` });
    const rows = within(within(figure).getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true });
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThanOrEqual(21);
    expect(figure.querySelector('.chart-box .line-plot svg')).toBeInTheDocument();
    const c = confusion(v.y, v.p, 0.5);
    expect(
      screen.getByText(`At threshold 0.50 the false positive rate is ${pct(c.fp / (c.fp + c.tn))}`, { exact: false }),
    ).toBeInTheDocument();
  });

  it('compares training with validation and gives the matching overfitting verdict', async () => {
    const engine = createTestEngine();
    await primeStore(engine, { train: true });
    await renderTrained(engine);
    const { v, t } = trained();
    const table = screen.getByRole('table', { name: /Training vs validation at threshold 0\.50/ });
    const accRow = within(table).getByRole('row', { name: /^Accuracy/ });
    const trainAcc = accuracy(t.y, t.p, 0.5);
    const valAcc = accuracy(v.y, v.p, 0.5);
    expect(
      within(accRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(0, 2),
    ).toEqual([pct(trainAcc), pct(valAcc)]);
    const lossRow = within(table).getByRole('row', { name: /^Log loss/ });
    const trainLoss = logLoss(t.y, t.p);
    const valLoss = logLoss(v.y, v.p);
    expect(within(lossRow).getAllByRole('cell')[1]).toHaveTextContent(valLoss.toFixed(3));
    const overfit = trainAcc - valAcc > 0.03 || valLoss - trainLoss > 0.05;
    expect(screen.getByText(overfit ? /^Possible overfitting:/ : /^No sign of overfitting:/)).toBeInTheDocument();
    expect(screen.queryByText(overfit ? /^No sign of overfitting:/ : /^Possible overfitting:/)).not.toBeInTheDocument();

    // A model that is perfect on its training rows but not on new ones must be flagged…
    const perfect = Float32Array.from(t.y);
    act(() => lab.setState({ trainingScores: { y: t.y, p: perfect, summary: summarizeScores(t.y, perfect) } }));
    expect(screen.getByText(/^Possible overfitting: training accuracy \(100\.0 %\)/)).toBeInTheDocument();
    expect(screen.getByText(/started to memorise the training rows/)).toBeInTheDocument();
    // …and one that scores the same on both is not.
    act(() => lab.setState({ trainingScores: v }));
    expect(screen.getByText(/^No sign of overfitting: accuracy differs by 0\.0 points/)).toBeInTheDocument();
    expect(screen.getByText(/fair preview of production/)).toBeInTheDocument();
  });
});
