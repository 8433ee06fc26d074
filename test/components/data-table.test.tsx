// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { DataTable } from '../../src/components/data-table';

describe('DataTable', () => {
  it('names rows by their header cell and columns by theirs, inside a focusable scroll box', () => {
    render(
      <DataTable
        caption="Runs"
        columns={['Run', 'Accuracy', 'Verdict']}
        rows={[
          { key: 'a', header: 'Run A', cells: ['80.1 %', 'Pass'], cellClass: [undefined, 'verdict-pass'] },
          { key: 'b', header: 'Run B', cells: ['61.0 %', 'Fail'], className: 'is-recommended' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Runs' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Run', 'Accuracy', 'Verdict']);
    const rowA = within(table).getByRole('row', { name: /^Run A / });
    expect(within(rowA).getByRole('rowheader')).toHaveTextContent('Run A');
    expect(within(rowA).getByText('Pass')).toHaveClass('verdict-pass');
    expect(within(table).getByRole('row', { name: /^Run B / })).toHaveClass('is-recommended');
    expect(table.parentElement).toHaveAttribute('tabindex', '0');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says what is empty across the whole table, and names a wide table’s scroll region', () => {
    render(
      <DataTable
        caption="Epochs"
        columns={['Epoch', 'Loss', 'Accuracy']}
        rows={[]}
        empty="Train to fill this in"
        scrollLabel="Epochs (scrolls sideways)"
      />,
    );
    expect(screen.getByRole('cell', { name: 'Train to fill this in' })).toHaveAttribute('colspan', '3');
    expect(screen.getByRole('region', { name: 'Epochs (scrolls sideways)' })).toContainElement(screen.getByRole('table'));
  });

  it('leaves an empty corner cell as a plain cell, not a blank column header', () => {
    render(
      <DataTable
        caption="Splits"
        columns={['', 'Training', 'Validation']}
        rows={[{ key: 1, header: 'Accuracy', cells: ['81 %', '80 %'] }]}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Training', 'Validation']);
  });

  it('can keep its caption for screen readers only, where a heading above already shows it', () => {
    render(
      <DataTable
        caption="Cleaning rules"
        hideCaption
        columns={['Problem', 'Rule']}
        rows={[{ key: 1, header: 'x', cells: ['y'] }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Cleaning rules' });
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
  });
});
