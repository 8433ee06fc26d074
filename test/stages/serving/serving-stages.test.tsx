// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { DeploymentStage } from '../../../src/stages/deployment/deployment-stage';
import { InsightStep } from '../../../src/stages/insight/insight-step';
import { MonitoringStage } from '../../../src/stages/monitoring/monitoring-stage';
import { selectServing } from '../../../src/store/serving';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => resetStore());

describe('stages 6, 7 and the key insight', () => {
  it('before training they say there is no model and offer the way to training', async () => {
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<DeploymentStage />, engine);
    expect(screen.getByText(/There is no trained model yet/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Go to Model Training' }).click();
    expect(lab.getState().step).toBe(3);
  });

  it('after training they show the measured package and the alert log from this run', async () => {
    const engine = createTestEngine();
    await primeStore(engine, { train: true });
    const serving = selectServing(lab.getState());
    expect(serving).not.toBeNull();
    const { unmount } = renderWithEngine(<DeploymentStage />, engine);
    const table = screen.getByRole('table', { name: 'Model package variants' });
    const uint8 = within(table).getByRole('row', { name: /uint8/ });
    const bytes = serving?.deployment.variants.find((v) => v.dtype === 'uint8')?.totalBytes ?? -1;
    expect(uint8).toHaveTextContent(bytes.toLocaleString('en-US'));
    unmount();
    renderWithEngine(<MonitoringStage />, engine);
    const log = screen.getByRole('table', { name: 'Alert log' });
    const alerts = serving?.monitoring.alerts ?? [];
    // The log belongs to the live stream, which has not been started yet.
    expect(within(log).getAllByRole('row')).toHaveLength(2);
    expect(log).toHaveTextContent('No alerts yet.');
    expect(screen.getByRole('region', { name: /Stage 7 on the lesson card/ })).toHaveTextContent(
      alerts.some((a) => a.rule === 'accuracy_below_threshold') ? 'Alert triggered on accuracy drop below 80 %' : 'No alert',
    );
  });

  it('the key insight quotes the card and lists this run’s evidence', async () => {
    const engine = createTestEngine();
    await primeStore(engine, { train: true });
    renderWithEngine(<InsightStep />, engine);
    expect(screen.getByText(/Production readiness means preparing the model to work reliably/)).toBeInTheDocument();
    expect(screen.getByText(/Cleaning: Dropped 40 rows/)).toBeInTheDocument();
    expect(screen.getByText(/Validation: on 392 rows the model never trained on/)).toBeInTheDocument();
    expect(screen.getByText(/Compression: uint8 weights shrink the package/)).toBeInTheDocument();
  });
});
