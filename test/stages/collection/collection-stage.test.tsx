// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CollectionStage } from '../../../src/stages/collection/collection-stage';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

beforeAll(useCpu);
beforeEach(() => {
  resetStore();
  // The knobs under test are Explore's (Guided keeps the model's and the data's advanced settings out of the way).
  lab.getState().setMode('explore');
});

async function setup() {
  const engine = createTestEngine();
  await primeStore(engine);
  renderWithEngine(<CollectionStage />, engine);
  await screen.findByRole('rowheader', { name: '0' });
  return engine;
}

describe('Data Collection', () => {
  it('shows the card line with this run’s shape and pages through the rows', async () => {
    const user = userEvent.setup();
    await setup();
    expect(screen.getByRole('region', { name: /Stage 1 on the lesson card/ })).toHaveTextContent('2,000 rows × 10 columns');
    const table = screen.getByRole('table', { name: /Collected sessions/ });
    expect(table).toHaveAccessibleName(/rows 1–15 of 2,000/);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('converted');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('rowheader', { name: '15' })).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 134')).toBeInTheDocument();
  });

  it('a new seed marks the data stale until Regenerate, then shows different rows', async () => {
    const user = userEvent.setup();
    await setup();
    const firstRow = () => screen.getByRole('rowheader', { name: '0' }).parentElement?.textContent;
    const before = firstRow();
    const seed = screen.getByLabelText('Seed');
    await user.clear(seed);
    await user.type(seed, '7{Enter}');
    expect(lab.getState().config.seed).toBe(7);
    expect(screen.getByText(/Settings changed: press Regenerate/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Regenerate' }));
    await screen.findByText('The data below comes from these settings.');
    await screen.findByRole('rowheader', { name: '0' });
    expect(firstRow()).not.toBe(before);
  });

  it('refuses an out-of-range row count with a visible message and keeps the data', async () => {
    await setup();
    const rows = screen.getByRole('spinbutton', { name: 'Rows' });
    fireEvent.change(rows, { target: { value: '-5' } });
    fireEvent.blur(rows);
    expect(screen.getByRole('alert')).toHaveTextContent('Rows must be between 100 and 1000000; keeping 2,000.');
    expect(lab.getState().config.rows).toBe(2000);
  });

  it('draws each distribution with a table alternative', async () => {
    await setup();
    expect(screen.getByRole('figure', { name: 'device' })).toBeInTheDocument();
    const deviceTable = screen.getByRole('table', { name: 'device' });
    const cells = within(deviceTable)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining(['desktop', 'mobile', 'tablet']));
  });
});
