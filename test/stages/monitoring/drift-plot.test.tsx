// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { DriftPlot, OVER_COLOR, UNDER_COLOR } from '../../../src/stages/monitoring/drift-plot';

const data = [
  { name: 'clicks', value: 0.05, over: false },
  { name: 'load_time_ms', value: 0.3, over: true },
  { name: 'device', value: 0, over: false },
];

describe('DriftPlot', () => {
  it('draws one bar per feature, as long as its value, red at or over the threshold', () => {
    const c = render(<DriftPlot data={data} limit={0.2} animate={false} />).container;
    const bars = [...c.querySelectorAll('.drift-bars rect')];
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([UNDER_COLOR, OVER_COLOR, UNDER_COLOR]);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[1] / widths[0]).toBeCloseTo(6, 5);
    expect(widths[2]).toBe(0);
    const names = [...c.querySelectorAll('.line-plot-axis text')].map((t) => t.textContent);
    expect(names).toEqual(expect.arrayContaining(['clicks', 'load_time_ms', 'device']));
  });

  it('puts the threshold line where a bar of exactly the threshold would end', () => {
    const c = render(<DriftPlot data={[{ name: 'a', value: 0.2, over: true }]} limit={0.2} animate={false} />).container;
    const bar = c.querySelector('.drift-bars rect')!;
    const end = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(Number(c.querySelector('.line-plot-marks line')?.getAttribute('x1'))).toBeCloseTo(end, 5);
    expect(c.querySelector('.line-plot-marks text')?.textContent).toBe('threshold 0.2');
  });

  it('grows the bars in only when motion is allowed', () => {
    expect(render(<DriftPlot data={data} limit={0.2} animate />).container.querySelector('.drift-bars-grow')).not.toBeNull();
    expect(render(<DriftPlot data={data} limit={0.2} animate={false} />).container.querySelector('.drift-bars-grow')).toBeNull();
  });
});
