// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveConfig } from '../../../src/pipeline/config';
import { MonitoringStage } from '../../../src/stages/monitoring/monitoring-stage';
import { TICK_MS } from '../../../src/store/monitor-state';
import type { EngineClient } from '../../../src/worker/engine-client';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

/** A model that clears the 80 % bar on the undrifted stream (validation ≈ 84 %). */
const CONFIG = resolveConfig({ rows: 3000, epochs: 8, batchSize: 64, scenario: 'sudden' });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

let engine: EngineClient;

const monitor = () => lab.getState().monitor;
const logRows = () =>
  within(screen.getByRole('table', { name: 'Alert log' }))
    .getAllByRole('row')
    .slice(1);
const card = () => screen.getByRole('region', { name: /Stage 7 on the lesson card/ });

async function advance(user: ReturnType<typeof userEvent.setup>, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = monitor().points.length;
    await user.click(screen.getByRole('button', { name: 'Advance 10 batches' }));
    await waitFor(() => expect(monitor().points.length).toBe(before + 10));
  }
}

beforeAll(async () => {
  await useCpu();
  resetStore(CONFIG);
  engine = createTestEngine();
  await primeStore(engine, { train: true });
});
beforeEach(() => {
  lab.getState().resetMonitor();
  lab.setState({ config: { ...CONFIG } });
});
afterAll(() => engine.terminate());

describe('Monitoring Setup', () => {
  it('Start feeds live batches on a timer and Pause stops them', async () => {
    // Only the stream's interval is faked: batches come exactly when the test moves the clock.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const user = userEvent.setup();
      renderWithEngine(<MonitoringStage />, engine);
      expect(screen.getByText(/comes from a check run of 60 batches/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Start' }));
      await waitFor(() => expect(monitor().status).toBe('running'));
      for (const n of [1, 2]) {
        act(() => vi.advanceTimersByTime(TICK_MS));
        await waitFor(() => expect(monitor().points).toHaveLength(n));
      }
      expect(vi.getTimerCount()).toBe(1);
      await user.click(screen.getByRole('button', { name: 'Pause' }));
      expect(vi.getTimerCount()).toBe(0); // the stream's timer is gone, not merely idle
      act(() => vi.advanceTimersByTime(10 * TICK_MS));
      expect(monitor().points).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
    const seen = monitor().points.length;
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
    expect(screen.getByText('Live batches', { selector: 'dt' }).nextElementSibling).toHaveTextContent(String(seen));
    expect(screen.getAllByRole('status').some((s) => /^Paused\. Batch \d+/.test(s.textContent ?? ''))).toBe(true);
  });

  it('the scenario picker starts a new stream of the chosen scenario', async () => {
    const user = userEvent.setup();
    renderWithEngine(<MonitoringStage />, engine);
    // Before any stream: the card follows the picker too.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drift scenario' }), 'Gradual drift');
    expect(card()).toHaveTextContent('Monitoring has not run long enough to judge');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drift scenario' }), 'Sudden shift');
    expect(card()).not.toHaveTextContent('Monitoring has not run long enough to judge');
    await advance(user, 1);
    expect(monitor().info?.scenario).toBe('sudden');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drift scenario' }), 'No drift');
    await waitFor(() => expect(monitor().points).toHaveLength(0));
    expect(screen.getByText(/Live sessions come from the same world as the training data/)).toBeInTheDocument();
    // The check run was on the sudden shift: for the new scenario nothing has run yet, and the card says so.
    expect(card()).toHaveTextContent('Monitoring has not run long enough to judge');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drift scenario' }), 'Sudden shift');
    // The check run of this seeded model on the sudden shift fires the accuracy alert: the card says so.
    const checkAlerts = lab.getState().monitor.checkRun!.alerts;
    expect(checkAlerts.some((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired')).toBe(true);
    expect(card()).toHaveTextContent(/Alert triggered on accuracy drop below 80 %/);
    expect(screen.getByText(/comes from a check run of 60 batches/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Drift scenario' }), 'No drift');
    await advance(user, 1);
    expect(monitor().info?.scenario).toBe('none');
    expect(monitor().points[0].tick).toBe(0);
  });

  it('logs the accuracy alert only once rolling accuracy has been below the threshold for 3 batches', async () => {
    const user = userEvent.setup();
    renderWithEngine(<MonitoringStage />, engine);
    await advance(user, 2); // batches 0–19: before the shift
    const calm = monitor().points;
    expect(calm.every((p) => p.rollingAccuracy === null || p.rollingAccuracy >= 0.8)).toBe(true);
    expect(logRows()).toHaveLength(1);
    expect(logRows()[0]).toHaveTextContent('No alerts yet.');
    expect(card()).toHaveTextContent('No alert');

    await advance(user, 2); // batches 20–39: the sudden shift
    const points = monitor().points;
    const below = (i: number) => points[i]?.rollingAccuracy != null && points[i].rollingAccuracy! < 0.8;
    const firstBelow = points.find((_, i) => below(i) && below(i - 1) && below(i - 2));
    expect(firstBelow).toBeDefined();
    const alert = logRows().find((r) => r.textContent?.includes('Accuracy below threshold'))!;
    expect(within(alert).getAllByRole('cell')[0]).toHaveTextContent(String(firstBelow!.tick));
    expect(alert).toHaveTextContent(
      `Alert triggered: rolling accuracy ${pct(firstBelow!.rollingAccuracy!)} dropped below 80.0 %`,
    );
    expect(card()).toHaveTextContent(
      `Alert triggered on accuracy drop below 80 %: rolling accuracy ${pct(firstBelow!.rollingAccuracy!)}`,
    );
    expect(screen.getByText(/^Firing:/).parentElement).toHaveTextContent('Alert triggered');

    expect(screen.getByText(/An alert fires when its rule has held for 3 batches in a row/)).toBeInTheDocument();

    // A lower threshold: the rule resolves once accuracy has been above it for 3 batches.
    const box = screen.getByRole('spinbutton', { name: 'Alert threshold (accuracy)' });
    fireEvent.change(box, { target: { value: '0.6' } });
    fireEvent.blur(box);
    await waitFor(() => expect(monitor().info?.alertThreshold).toBe(0.6));
    await advance(user, 1);
    expect(monitor().log.filter((e) => e.kind === 'resolved' && e.ruleId === 'accuracy_below_threshold')).toHaveLength(1);
  });

  it('retraining after the sudden shift brings rolling accuracy back above the threshold; Roll back undoes it', async () => {
    const user = userEvent.setup();
    renderWithEngine(<MonitoringStage />, engine);
    const retrain = screen.getByRole('button', { name: 'Retrain on recent data' });
    expect(retrain).toBeDisabled();
    await advance(user, 4);
    expect(monitor().points.at(-1)!.rollingAccuracy!).toBeLessThan(0.8);
    await user.click(retrain);
    await waitFor(() => expect(monitor().serving).toBe('retrained model 1'), { timeout: 20_000 });
    expect(logRows().some((r) => /Model: Retrained on recent data/.test(r.textContent ?? ''))).toBe(true);
    // While the drift window refills with post-swap rows, the stage says so.
    await act(() => lab.getState().advanceMonitor(3));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Drift since the model swap: measured on the 3 batches that arrived after it (3 of 10)',
    );
    await advance(user, 2);
    expect(screen.queryByText(/Drift since the model swap/)).toBeNull();
    const recovered = monitor().points.at(-1)!.rollingAccuracy!;
    expect(recovered).toBeGreaterThan(0.8);
    expect(screen.getByText('Rolling accuracy', { selector: 'dt' }).nextElementSibling).toHaveTextContent(pct(recovered));

    await user.click(screen.getByRole('button', { name: 'Roll back to the trained model' }));
    await waitFor(() => expect(monitor().serving).toBe('the trained model'));
    expect(logRows().some((r) => /Rolled back: the trained model serves again/.test(r.textContent ?? ''))).toBe(true);
    await advance(user, 2);
    expect(monitor().points.at(-1)!.rollingAccuracy!).toBeLessThan(0.8);
    act(() => lab.getState().pauseMonitor());
  });
});
