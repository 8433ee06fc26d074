// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CleaningStage } from '../../../src/stages/cleaning/cleaning-stage';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => resetStore());

describe('Data Cleaning', () => {
  it('shows before/after counts, the count per rule and the card sentence from this run', async () => {
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<CleaningStage />, engine);
    const card = screen.getByRole('region', { name: /Stage 2 on the lesson card/ });
    expect(card).toHaveTextContent('2,000 rows × 10 columns');
    expect(card).toHaveTextContent('1,960 rows × 10 columns');
    expect(card).toHaveTextContent('Dropped 40 rows: 36 missing clicks, 4 impossible values');
    const rules = screen.getByRole('table', { name: /The rules/ });
    const counts = within(rules)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Number(within(r).getAllByRole('cell')[1].textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(counts[0]).toBe(36);
  });

  it('lists dropped rows with the faulty value highlighted and the reason', async () => {
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<CleaningStage />, engine);
    const table = screen.getByRole('table', { name: /Dropped rows/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const marks = row.querySelectorAll('mark');
      expect(marks).toHaveLength(1);
      expect(row).toHaveTextContent('(faulty)');
    }
    const missing = rows.find((r) => r.textContent?.includes('missing clicks'));
    expect(missing?.querySelector('mark')?.textContent).toBe('missing');
  });

  it('a new fault rate changes what cleaning drops after regenerating', async () => {
    const user = userEvent.setup();
    const engine = createTestEngine();
    await primeStore(engine);
    renderWithEngine(<CleaningStage />, engine);
    act(() => void lab.getState().setKnob('faultRate', 0.1));
    await user.click(await screen.findByRole('button', { name: 'Regenerate' }));
    expect(await screen.findByText(/Dropped 200 rows: 180 missing clicks, 20 impossible values/)).toBeInTheDocument();
  });
});
