// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlotAxes, PlotGrid } from '../../src/components/plot-axes';

const area = { left: 40, right: 300, top: 10, bottom: 170 } as const;

function draw(children: ReactNode) {
  return render(<svg>{children}</svg>).container;
}

describe('PlotAxes', () => {
  it('draws the x axis along the bottom edge and the y axis along the left edge', () => {
    const c = draw(<PlotAxes area={area} yTicks={[]} xTicks={[]} yGap={6} xDrop={14} />);
    const [xAxis, yAxis] = [...c.querySelectorAll('.line-plot-axis line')].map((l) =>
      ['x1', 'x2', 'y1', 'y2'].map((a) => Number(l.getAttribute(a))),
    );
    expect(xAxis).toEqual([40, 300, 170, 170]);
    expect(yAxis).toEqual([40, 40, 10, 170]);
  });

  it('puts y labels yGap px left of the axis and x labels xDrop px under it, then any extra axis text', () => {
    const c = draw(
      <PlotAxes
        area={area}
        yTicks={[{ key: 'a', at: 50, label: '0.5' }]}
        xTicks={[{ key: 'b', at: 120, label: '3' }]}
        yGap={5}
        xDrop={14}
      >
        <text>Epoch</text>
      </PlotAxes>,
    );
    const texts = [...c.querySelectorAll('.line-plot-axis text')];
    expect(texts.map((t) => t.textContent)).toEqual(['0.5', '3', 'Epoch']);
    expect([texts[0].getAttribute('x'), texts[0].getAttribute('y'), texts[0].getAttribute('text-anchor')]).toEqual([
      '35',
      '50',
      'end',
    ]);
    expect([texts[1].getAttribute('x'), texts[1].getAttribute('y'), texts[1].getAttribute('text-anchor')]).toEqual([
      '120',
      '184',
      'middle',
    ]);
  });
});

describe('PlotGrid', () => {
  it('draws a horizontal line across the area at each y and a vertical one down it at each x', () => {
    const c = draw(<PlotGrid area={area} ys={[60]} xs={[100, 200]} />);
    const lines = [...c.querySelectorAll('.line-plot-grid line')].map((l) =>
      ['x1', 'x2', 'y1', 'y2'].map((a) => Number(l.getAttribute(a))),
    );
    expect(lines).toEqual([
      [40, 300, 60, 60],
      [100, 100, 10, 170],
      [200, 200, 10, 170],
    ]);
  });
});
