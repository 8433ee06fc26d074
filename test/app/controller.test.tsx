// @vitest-environment jsdom
/**
 * One Train click, counted at the engine: the store's controller is the only
 * caller, and the deployment report is measured once per trained model, however
 * many views show it.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { ENGINE_METHODS, type EngineApi } from '../../src/worker/protocol';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  window.history.replaceState(null, '', '#');
  resetStore();
  // The full page (Guided asks for a prediction before it shows the Train button).
  lab.getState().setMode('explore');
});

/** The engine with every call counted by method name. */
function countingEngine() {
  const engine = createTestEngine();
  const calls = new Map<keyof EngineApi, number>();
  for (const name of ENGINE_METHODS) {
    const real = engine[name] as (...a: unknown[]) => unknown;
    (engine as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return real(...a);
    };
  }
  return { engine, count: (name: keyof EngineApi) => calls.get(name) ?? 0 };
}

describe('the lab controller', () => {
  it('one Train click: one prepare, one training run, one deployment report, one check run — also after visiting stages 6 and 7', async () => {
    const user = userEvent.setup();
    const { engine, count } = countingEngine();
    renderWithEngine(<App />, engine);
    await waitFor(() => expect(lab.getState().dataStatus).toBe('ready'));
    await user.click(screen.getByRole('button', { name: /^4 Train\b/ }));
    await user.click(await screen.findByRole('button', { name: 'Train' }));
    await waitFor(() => expect(lab.getState().servingStatus).toBe('done'), { timeout: 30_000 });
    await user.click(screen.getByRole('button', { name: /^6 Deploy\b/ }));
    await waitFor(() => expect(lab.getState().deployment.repro.status).toBe('done'), { timeout: 30_000 });
    expect(await screen.findByRole('table', { name: 'Model package variants' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^7 Monitor\b/ }));
    await user.click(screen.getByRole('button', { name: /^5 Validate\b/ }));
    expect(count('prepare')).toBe(1);
    expect(count('train')).toBe(1);
    expect(count('deploymentReport')).toBe(1);
    expect(count('monitorCheck')).toBe(1);
    expect(count('reproducibilityCheck')).toBe(1);
    expect(count('monitorStart')).toBe(0);
    engine.terminate();
  }, 60_000);
});
