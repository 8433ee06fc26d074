// @vitest-environment jsdom
import { render } from '@testing-library/react';
import EpochLinePlot, { type EpochPoint } from '../../../src/stages/training/epoch-line-plot';

const points = (n: number): EpochPoint[] =>
  Array.from({ length: n }, (_, i) => ({ epoch: i + 1, train: 0.6 - i * 0.05, validation: 0.62 - i * 0.04 }));

function plot(data: EpochPoint[], totalEpochs = 5, animate = false) {
  return render(
    <EpochLinePlot
      data={data}
      totalEpochs={totalEpochs}
      trainName="Loss"
      validationName="Validation loss"
      format={(v) => v.toFixed(2)}
      animate={animate}
    />,
  ).container;
}

const polylines = (c: HTMLElement, series: 'train' | 'validation') => [
  ...c.querySelectorAll(`.line-plot-series.${series} polyline`),
];

/** The [x, y] pixel pairs of a series' line, over all its segments. */
const coords = (c: HTMLElement, series: 'train' | 'validation'): number[][] =>
  polylines(c, series)
    .flatMap((l) => (l.getAttribute('points') ?? '').split(' '))
    .filter(Boolean)
    .map((p) => p.split(',').map(Number));

describe('EpochLinePlot', () => {
  it('draws one point per epoch per series, left to right, lower values lower on the screen', () => {
    const c = plot(points(3));
    const train = coords(c, 'train');
    expect(train).toHaveLength(3);
    expect(coords(c, 'validation')).toHaveLength(3);
    expect(train[0][0]).toBeLessThan(train[1][0]);
    // Loss falls, so each point sits lower (a larger y in SVG coordinates).
    expect(train[1][1]).toBeGreaterThan(train[0][1]);
    expect(c.querySelectorAll('.line-plot-series.train circle')).toHaveLength(3);
  });

  it('spans the planned epochs so the line grows into the axis', () => {
    const c = plot(points(2), 10);
    const labels = [...c.querySelectorAll('.line-plot-axis text')].map((t) => t.textContent);
    expect(labels).toContain('10');
    const [first, second] = coords(c, 'train');
    const axisEnd = Number(c.querySelector('.line-plot-axis line')?.getAttribute('x2'));
    // Two of ten epochs cover about a ninth of the axis.
    expect((second[0] - first[0]) / (axisEnd - first[0])).toBeCloseTo(1 / 9, 2);
  });

  it('labels the y axis with round values around the data', () => {
    const c = plot(points(5));
    const labels = [...c.querySelectorAll('.line-plot-axis text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['0.40', '0.60']));
  });

  it('drops the dots on long runs and skips missing values', () => {
    const long = points(30);
    long[4] = { ...long[4], validation: NaN };
    const c = plot(long, 30);
    expect(c.querySelectorAll('circle')).toHaveLength(0);
    expect(coords(c, 'train')).toHaveLength(30);
    expect(coords(c, 'validation')).toHaveLength(29);
    // The missing epoch breaks the line instead of joining its neighbours.
    expect(polylines(c, 'validation')).toHaveLength(2);
    expect(polylines(c, 'train')).toHaveLength(1);
  });

  it('shows empty axes before the first epoch', () => {
    const c = plot([]);
    expect(coords(c, 'train')).toEqual([]);
    expect(c.querySelectorAll('.line-plot-grid line').length).toBeGreaterThan(0);
  });

  it('reveals a finished run once on mount, never a live one', () => {
    expect(plot(points(5), 5, true).querySelector('.line-plot-reveal')).not.toBeNull();
    expect(plot(points(5), 5, false).querySelector('.line-plot-reveal')).toBeNull();
    expect(plot([], 5, true).querySelector('.line-plot-reveal')).toBeNull();
  });
});
