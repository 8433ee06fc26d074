// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ComparePanel from '../../../src/stages/compare/compare-panel';
import { createTestEngine, lab, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => resetStore());

describe('the compare panel', () => {
  it('one click on a contrast runs A and B and shows their difference, charts and numbers from both runs', async () => {
    const engine = createTestEngine();
    renderWithEngine(<ComparePanel />, engine);
    expect(screen.getByRole('status')).toHaveTextContent(/Pick a contrast/);
    await userEvent.click(screen.getByRole('button', { name: '5 vs 40 epochs' }));
    expect(screen.getByRole('button', { name: '5 vs 40 epochs' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Epochs 5 → 40/, { selector: 'p' })).toBeInTheDocument();
    const sentence = await screen.findByText(/^B's validation accuracy is/, {}, { timeout: 60_000 });
    const { a, b } = lab.getState().compare;
    expect(b!.epochs).toHaveLength(40);
    expect(a!.epochs).toHaveLength(5);
    // The sentence quotes both runs' own accuracies.
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    if (a!.validation.accuracy !== b!.validation.accuracy) {
      expect(sentence.textContent).toContain(pct(b!.validation.accuracy));
      expect(sentence.textContent).toContain(pct(a!.validation.accuracy));
    }
    const table = screen.getByRole('table', { name: 'A and B, number by number' });
    const row = within(table).getByRole('row', { name: /Validation accuracy/ });
    expect(row).toHaveTextContent(pct(a!.validation.accuracy));
    expect(row).toHaveTextContent(pct(b!.validation.accuracy));
    // Overlaid charts, each with its table alternative, on one x axis spanning the longer run.
    expect(screen.getByRole('figure', { name: /Validation loss per epoch/ })).toBeInTheDocument();
    const accTable = within(screen.getByRole('figure', { name: /Validation accuracy per epoch/ })).getByRole('table');
    expect(within(accTable).getAllByRole('row')).toHaveLength(41);
    engine.terminate();
  }, 90_000);
});
