// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, type ReactElement } from 'react';
import { ChartFigure } from '../../src/components/chart-figure';
import { HistogramChart } from '../../src/components/histogram-chart';

const LOADING = 'Drawing the chart…';

/** A lazy chart whose code "arrives" only when the test says so. */
function deferredChart() {
  let arrive: (() => void) | undefined;
  const Plot = lazy(
    () =>
      new Promise<{ default: () => ReactElement }>((resolve) => {
        arrive = () => resolve({ default: () => <p>Bars drawn</p> });
      }),
  );
  return {
    Plot,
    arrive: () => {
      if (!arrive) throw new Error('the chart was never asked for');
      arrive();
    },
  };
}

describe('ChartFigure with a lazy chart', () => {
  it('gives the caption, summary and table at once, and the chart when its code arrives', async () => {
    const user = userEvent.setup();
    const { Plot, arrive } = deferredChart();
    render(
      <ChartFigure
        caption="Sessions per hour"
        summary="Most sessions start around noon."
        headers={['Hour', 'Sessions']}
        rows={[
          ['11', 40],
          ['12', 95],
        ]}
        height={180}
        chart={<Plot />}
        takesTurn
      />,
    );

    const figure = screen.getByRole('figure', { name: 'Sessions per hour' });
    expect(within(figure).getByText('Most sessions start around noon.')).toBeInTheDocument();
    await user.click(within(figure).getByText('Show “Sessions per hour” as a table'));
    const table = within(figure).getByRole('table', { name: 'Sessions per hour' });
    expect(within(table).getByRole('row', { name: '12 95' })).toBeInTheDocument();
    // The chart's box keeps its height and says it is drawing, out of the screen reader's way.
    const waiting = within(figure).getByText(LOADING);
    const box = waiting.closest('.chart-box');
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box).toHaveStyle({ height: '180px' });
    expect(screen.queryByText('Bars drawn')).not.toBeInTheDocument();

    // Its turn comes after a task boundary (charts mount one per task): then its code is asked for.
    await waitFor(() => arrive());
    await act(async () => {});
    expect(await within(figure).findByText('Bars drawn', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(figure).queryByText(LOADING)).not.toBeInTheDocument();
    expect(within(figure).getByRole('table', { name: 'Sessions per hour' })).toBe(table);
  });
});

describe('HistogramChart', () => {
  it('loads its plot into the chart box, with the table there from the start', async () => {
    const { container } = render(
      <HistogramChart
        column="device"
        caption="device"
        histogram={{ edges: [], categories: ['desktop', 'mobile'], negative: [30, 50], positive: [10, 5], missing: 0 }}
        byLabel
      />,
    );
    const figure = screen.getByRole('figure', { name: 'device' });
    expect(within(figure).getByRole('row', { name: 'desktop 10 30 25.0 %' })).toBeInTheDocument();
    expect(within(figure).getByText(LOADING)).toBeInTheDocument();
    await waitFor(() => expect(within(figure).queryByText(LOADING)).not.toBeInTheDocument(), { timeout: 10_000 });
    expect(container.querySelector('.chart-box .line-plot svg')).toBeInTheDocument();
  });
});

describe('ChartFigure when the chart cannot load', () => {
  it('keeps the failure in the chart box: the figure and its table stay', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <main>
        <ChartFigure
          caption="Loss per epoch"
          summary="Loss falls."
          headers={['Epoch', 'Loss']}
          rows={[[1, 0.5]]}
          chart={<Broken />}
        />
        <p>The rest of the page</p>
      </main>,
    );
    expect(await screen.findByText(/This chart could not be drawn here; the table below has its numbers/)).toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: 'Loss per epoch' });
    expect(within(figure).getByRole('table', { hidden: true, name: 'Loss per epoch' })).toBeInTheDocument();
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith('A chart could not be drawn:', expect.any(Error));
    warn.mockRestore();
    error.mockRestore();
  });
});
