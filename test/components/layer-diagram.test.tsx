// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { LayerDiagram, MAX_WIDTH, NEGATIVE, OFF_FILL, POSITIVE, UPCOMING_TEXT } from '../../src/components/layer-diagram';
import type { PredictionTrace } from '../../src/ml/trace';

const TRACE: PredictionTrace = {
  layers: [
    { name: 'Input Layer', kind: 'input', values: [1, -0.5, 0.25] },
    {
      name: 'Hidden Layer 1 (ReLU)',
      kind: 'relu',
      values: [0, 0.8, 0, 1.2],
      preActivations: [-0.3, 0.8, -1, 1.2],
      weights: [
        [0.1, -0.9, 0.4, 2],
        [-0.05, 0.3, -1.5, 0.7],
        [1.1, -0.2, 0.6, -0.35],
      ],
      bias: [0, 0, 0, 0],
    },
    {
      name: 'Hidden Layer 2 (ReLU)',
      kind: 'relu',
      values: [0.5, 0],
      preActivations: [0.5, -0.2],
      weights: [
        [0.2, -0.4],
        [0.9, 0.1],
        [-0.6, 0.3],
        [0.05, -1.2],
      ],
      bias: [0, 0],
    },
    { name: 'Output Layer (Sigmoid)', kind: 'sigmoid', values: [0.62], preActivations: [0.49], weights: [[1], [-1]], bias: [0] },
    { name: 'Threshold Decision', kind: 'threshold', values: [1] },
  ],
  probability: 0.62,
  decision: 1,
  threshold: 0.5,
};

function draw(current = 1) {
  const { container } = render(
    <LayerDiagram trace={TRACE} current={current} inputNames={['device=mobile', 'clicks', 'scroll_depth']} />,
  );
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

const column = (svg: SVGSVGElement, i: number) => {
  const g = svg.querySelector(`g[data-layer="${i}"]`);
  if (!g) throw new Error(`no column ${i}`);
  return g;
};

describe('LayerDiagram', () => {
  it('is hidden from assistive technology and labels the input nodes', () => {
    const svg = draw();
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+/);
    const labels = Array.from(svg.querySelectorAll('text.input-label'), (t) => t.textContent);
    expect(labels).toEqual(['device=mobile', 'clicks', 'scroll_depth']);
  });

  it('draws ReLU units at 0 as off (grey, dashed) and the others as on', () => {
    const svg = draw();
    const units = Array.from(column(svg, 1).querySelectorAll('circle.node'));
    expect(units).toHaveLength(4);
    const off = units.filter((c) => c.classList.contains('node-off')).map((c) => c.getAttribute('data-unit'));
    expect(off).toEqual(['0', '2']);
    for (const c of units) {
      const isOff = c.classList.contains('node-off');
      expect(c.getAttribute('stroke-dasharray') !== null).toBe(isOff);
      expect(c.getAttribute('fill') === OFF_FILL).toBe(isOff);
    }
    expect(column(svg, 2).querySelectorAll('circle.node-off')).toHaveLength(1);
    // A negative input is not a switched-off unit: only ReLU layers have "off".
    expect(column(svg, 0).querySelectorAll('circle.node-off')).toHaveLength(0);
  });

  it('makes line width grow with |weight| within a layer, coloured by sign', () => {
    const svg = draw(4);
    const groups = svg.querySelectorAll('g.links');
    expect(groups).toHaveLength(3);
    groups.forEach((g, k) => {
      const lines = Array.from(g.querySelectorAll('line'), (l) => ({
        w: Number(l.getAttribute('data-weight')),
        width: Number(l.getAttribute('stroke-width')),
        stroke: l.getAttribute('stroke'),
      }));
      const weights = TRACE.layers[k + 1].weights ?? [];
      expect(lines).toHaveLength(weights.length * weights[0].length);
      lines.sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
      for (let i = 1; i < lines.length; i++) {
        if (Math.abs(lines[i].w) > Math.abs(lines[i - 1].w)) expect(lines[i].width).toBeGreaterThan(lines[i - 1].width);
        else expect(lines[i].width).toBeCloseTo(lines[i - 1].width, 9);
      }
      // Normalised per layer: each layer's strongest weight gets the full width.
      expect(lines[lines.length - 1].width).toBeCloseTo(MAX_WIDTH, 9);
      for (const l of lines) expect(l.stroke).toBe(l.w < 0 ? NEGATIVE : POSITIVE);
    });
  });

  it('highlights the current layer and fades the later ones', () => {
    const svg = draw(1);
    expect(column(svg, 0)).toHaveClass('is-done');
    expect(column(svg, 1)).toHaveClass('is-current');
    for (const i of [2, 3, 4]) expect(column(svg, i)).toHaveClass('is-dim');
    const links = svg.querySelectorAll('g.links');
    expect(links[0]).not.toHaveClass('is-dim');
    expect(links[1]).toHaveClass('is-dim');
    expect(links[2]).toHaveClass('is-dim');
    const last = draw(4);
    for (const i of [0, 1, 2, 3]) expect(column(last, i)).not.toHaveClass('is-dim');
    expect(column(last, 3).querySelector('text.node-value')).toHaveTextContent('62%');
    expect(column(last, 4).querySelector('text.node-value')).toHaveTextContent('yes');
  });

  it('fades the later layers’ nodes but keeps their labels opaque, in a colour with at least 4.5:1 contrast on white', () => {
    const svg = draw(1);
    for (const i of [2, 3, 4]) {
      const col = column(svg, i);
      expect(col.querySelector('g.layer-nodes')).toHaveAttribute('opacity', '0.25');
      for (const text of col.querySelectorAll('text')) {
        // No ancestor fades the label.
        for (let el: Element | null = text; el && el !== svg; el = el.parentElement) {
          expect(el.getAttribute('opacity') ?? '1', `layer ${i}`).toBe('1');
        }
        expect(text.getAttribute('fill'), `layer ${i}`).toBe(UPCOMING_TEXT);
      }
    }
    expect(contrastOnWhite(UPCOMING_TEXT)).toBeGreaterThanOrEqual(4.5);
  });
});

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (l + 0.05);
}
