// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { BarPlot } from '../../src/components/bar-plot';

const draw = () =>
  render(
    <BarPlot
      categories={['a', 'b', 'c']}
      series={[
        { key: 'no', label: 'Not converted', color: '#111', values: [30, 0, 10] },
        { key: 'yes', label: 'Converted', color: '#222', values: [10, 20, 0] },
      ]}
      legend
    />,
  ).container;

describe('BarPlot', () => {
  it('stacks each category’s values: heights proportional to the values, zero values drawn as nothing', () => {
    const c = draw();
    const rects = [...c.querySelectorAll('.bar-plot-bars rect')];
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual(['#111', '#222', '#222', '#111']);
    const h = rects.map((r) => Number(r.getAttribute('height')));
    // 30 and 10 in the first bar, 20 in the second, 10 in the third: one unit's height throughout.
    expect(h[0] / 30).toBeCloseTo(h[1] / 10, 6);
    expect(h[2] / 20).toBeCloseTo(h[1] / 10, 6);
    // The second series sits on top of the first.
    expect(Number(rects[1].getAttribute('y')) + h[1]).toBeCloseTo(Number(rects[0].getAttribute('y')), 6);
  });

  it('states each bar’s values on hover, labels the axes from the data and has a legend per series', () => {
    const c = draw();
    expect([...c.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      'a: Not converted 30, Converted 10',
      'b: Not converted 0, Converted 20',
      'c: Not converted 10, Converted 0',
    ]);
    const labels = [...c.querySelectorAll('.line-plot-axis text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['0', '40', 'a', 'b', 'c']));
    expect(c.querySelector('.chart-legend')?.textContent).toContain('Converted');
  });
});
