// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describeEpoch, type EpochRecord } from '../../../src/pipeline/epochs';
import { EpochCharts } from '../../../src/stages/training/epoch-charts';

const epoch = (n: number, loss: number, acc: number): EpochRecord =>
  describeEpoch({ epoch: n, loss, accuracy: acc, valLoss: loss + 0.02, valAccuracy: acc - 0.01 }, []);
const RUN = [epoch(1, 0.62, 0.66), epoch(2, 0.45, 0.78), epoch(3, 0.36, 0.84)];

/** The text of every axis tick in the two charts, in document order. */
const ticks = (c: HTMLElement) => Array.from(c.querySelectorAll('svg text'), (t) => t.textContent);

describe('EpochCharts during a run', () => {
  it('keeps both charts’ axes fixed while epochs arrive (the lines grow, the scale does not jump)', () => {
    const { container, rerender } = render(<EpochCharts epochs={RUN.slice(0, 1)} totalEpochs={3} live />);
    const first = ticks(container);
    expect(first.length).toBeGreaterThan(6);
    rerender(<EpochCharts epochs={RUN.slice(0, 2)} totalEpochs={3} live />);
    expect(ticks(container)).toEqual(first);
    rerender(<EpochCharts epochs={RUN} totalEpochs={3} live />);
    expect(ticks(container)).toEqual(first);
  });
});

describe('the epoch-1 note', () => {
  const note = /Why is epoch 1’s validation loss/;

  it('explains validation loss below training loss at epoch 1 with the run’s numbers and how they are computed', () => {
    const odd = describeEpoch({ epoch: 1, loss: 0.52, accuracy: 0.7, valLoss: 0.41, valAccuracy: 0.8 }, []);
    render(<EpochCharts epochs={[odd, RUN[1]]} totalEpochs={2} live={false} />);
    const text = screen.getByText(note).textContent;
    expect(text).toContain('(0.410) below its training loss (0.520)');
    expect(text).toMatch(/averaged over the epoch’s batches.*measured once, with the weights at the end of the epoch/);
  });

  it('says nothing when epoch 1 shows no such oddity', () => {
    render(<EpochCharts epochs={RUN} totalEpochs={3} live={false} />);
    expect(screen.queryByText(note)).not.toBeInTheDocument();
  });
});
