// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeaturesStage } from '../../../src/stages/features/features-stage';
import { createTestEngine, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => resetStore());

describe('Feature Engineering', () => {
  it('works the formulas on real rows of this run', async () => {
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<FeaturesStage />, engine);
    const table = screen.getByRole('table', { name: /Worked examples/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      const m = /^(\d+) ÷ (\d+) = ([\d.]+)$/.exec(cells[2].textContent ?? '');
      expect(m).not.toBeNull();
      expect(Number(m?.[3])).toBeCloseTo(Number(m?.[1]) / Number(m?.[2]), 2);
    }
    expect(table).toHaveTextContent('720 (the cap: not recently)');
  });

  it('switching the features off and rebuilding gives 12 → 10 columns on the card', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<FeaturesStage />, engine);
    const card = () => screen.getByRole('region', { name: /Stage 3 on the lesson card/ });
    expect(card()).toHaveTextContent('1,960 rows × 12 columns');
    await user.click(screen.getByRole('switch', { name: 'Use engineered features' }));
    expect(screen.getByText(/Settings changed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rebuild the data' }));
    await screen.findByText(/switched off for the current data/);
    expect(card()).toHaveTextContent('Engineered features switched off');
    expect(card()).not.toHaveTextContent('× 12 columns');
  });

  it('shows both features by label with table alternatives', async () => {
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<FeaturesStage />, engine);
    const fig = screen.getByRole('figure', { name: 'click_rate by label' });
    const table = within(fig).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Range', 'Converted', 'Not converted', 'Conversion rate']);
  });
});
