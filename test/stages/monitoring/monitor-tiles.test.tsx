// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { MonitorTiles } from '../../../src/stages/monitoring/monitor-tiles';
import type { TickPoint } from '../../../src/pipeline/monitor-log';
import { MAX_POINTS } from '../../../src/store/monitor-state';

/** The newest MAX_POINTS of a stream that has run `total` batches (ticks count from 0). */
function keptPoints(total: number): TickPoint[] {
  const first = Math.max(0, total - MAX_POINTS);
  return Array.from({ length: total - first }, (_, i) => ({
    tick: first + i,
    timeMs: 0,
    rows: 200,
    faulty: 0,
    batchAccuracy: 0.8,
    rollingAccuracy: 0.8,
    driftShare: 0,
    modelVersion: 1,
    driftBatches: 0,
  }));
}

const tile = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling;

describe('MonitorTiles', () => {
  it('counts every live batch, also past the points the charts keep', () => {
    const points = keptPoints(MAX_POINTS + 120);
    expect(points).toHaveLength(MAX_POINTS);
    render(<MonitorTiles points={points} rows={0} faulty={0} serving="uint8" firing={[]} log={[]} />);
    expect(tile('Live batches')).toHaveTextContent('620');
  });

  it('reads 0 before the first batch and 3 after three', () => {
    const { rerender } = render(<MonitorTiles points={[]} rows={0} faulty={0} serving="uint8" firing={[]} log={[]} />);
    expect(tile('Live batches')).toHaveTextContent(/^0$/);
    rerender(<MonitorTiles points={keptPoints(3)} rows={0} faulty={0} serving="uint8" firing={[]} log={[]} />);
    expect(tile('Live batches')).toHaveTextContent(/^3$/);
  });
});
