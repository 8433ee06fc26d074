// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { LinePlot, type LinePlotProps } from '../../src/components/line-plot';

const base: LinePlotProps = {
  series: [
    {
      key: 'a',
      points: [
        [0, 0],
        [5, 0.5],
        [10, 1],
      ],
      color: '#000',
    },
  ],
  xDomain: [0, 10],
  xTicks: [0, 5, 10],
  xLabel: 'Batch',
  yDomain: [0, 1],
  yTicks: [0, 0.5, 1],
  formatY: (v) => `${v * 100} %`,
};

const draw = (over: Partial<LinePlotProps> = {}) => render(<LinePlot {...base} {...over} />).container;
const pairs = (el: Element | null): number[][] =>
  (el?.getAttribute('points') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((p) => p.split(',').map(Number));

describe('LinePlot', () => {
  it('maps the domain corners onto the plot area: x grows right, y grows up', () => {
    const c = draw();
    const [lo, mid, hi] = pairs(c.querySelector('.line-plot-series.a polyline'));
    expect(lo[0]).toBeLessThan(mid[0]);
    expect(hi[1]).toBeLessThan(lo[1]);
    // Evenly spaced data gives evenly spaced pixels.
    expect(mid[0] - lo[0]).toBeCloseTo(hi[0] - mid[0], 5);
    expect(lo[1] - mid[1]).toBeCloseTo(mid[1] - hi[1], 5);
  });

  it('labels the ticks with the given format and the x axis with its name', () => {
    const labels = [...draw().querySelectorAll('.line-plot-axis text')].map((t) => t.textContent);
    expect(labels).toEqual(['0 %', '50 %', '100 %', '0', '5', '10', 'Batch']);
  });

  it('breaks a line at a null value', () => {
    const c = draw({
      series: [
        {
          key: 'a',
          points: [
            [0, 0.2],
            [1, null],
            [2, 0.4],
            [3, 0.5],
          ],
          color: '#000',
        },
      ],
    });
    expect([...c.querySelectorAll('.line-plot-series.a polyline')].map((l) => pairs(l).length)).toEqual([1, 2]);
  });

  it('draws a horizontal mark at its y and a vertical mark at its x, each labelled', () => {
    const c = draw({
      marks: [
        { axis: 'y', value: 0.5, label: 'alert below 50 %', color: '#b3261e', dash: '6 4' },
        { axis: 'x', value: 5, label: 'retrain', color: '#5f6368' },
      ],
    });
    const [h, v] = [...c.querySelectorAll('.line-plot-marks line')];
    const mid = pairs(c.querySelector('.line-plot-series.a polyline'))[1];
    expect(Number(h.getAttribute('y1'))).toBeCloseTo(mid[1], 1);
    expect(h.getAttribute('y1')).toBe(h.getAttribute('y2'));
    expect(Number(v.getAttribute('x1'))).toBeCloseTo(mid[0], 1);
    expect([...c.querySelectorAll('.line-plot-marks text')].map((t) => t.textContent)).toEqual(['alert below 50 %', 'retrain']);
  });
});
