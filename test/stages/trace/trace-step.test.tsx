// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { STEPS } from '../../../src/content/steps';
import { decisionText, formatPercent } from '../../../src/stages/trace/format';
import { TraceStep } from '../../../src/stages/trace/trace-step';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

const engine = createTestEngine();

beforeAll(async () => {
  await useCpu();
});
beforeEach(() => {
  resetStore();
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(() => {
  engine.terminate();
});

/** The value cell next to a row header in the "Prediction for this row" table. */
function summary(name: string | RegExp): string {
  const table = screen.getByRole('table', { name: 'Prediction for this row' });
  const th = within(table).getByRole('rowheader', { name });
  const row = th.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return within(row).getByRole('cell').textContent ?? '';
}

/** The engine's probability for `values`, formatted as the view shows it (computed before acting, so the view's updates stay inside waitFor). */
async function expectedProbability(values: number[]): Promise<string> {
  return formatPercent((await engine.trace(values, lab.getState().config.threshold)).probability);
}

async function shows(probability: string) {
  await waitFor(() => expect(summary('Probability of converting')).toBe(probability));
}

/** The current layer's table body rows as [header, ...cells] text. */
function layerRows(name: string): string[][] {
  const table = screen.getByRole('table', { name: `${name}, unit by unit` });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent ?? ''));
}

async function renderTrained() {
  await primeStore(engine, { train: true });
  const row0 = await engine.validationRow(0);
  const expected = await expectedProbability(row0.values);
  renderWithEngine(<TraceStep />, engine);
  await shows(expected);
  return row0;
}

describe('TraceStep', () => {
  it('without a trained model, says so and offers to go to training', async () => {
    await primeStore(engine);
    renderWithEngine(<TraceStep />, engine);
    expect(screen.getByRole('heading', { name: 'No trained model yet' })).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Model Training' }));
    expect(lab.getState().step).toBe(STEPS.findIndex((s) => s.id === 'training'));
    expect(STEPS[lab.getState().step].id).toBe('training');
  });

  it('shows the engine’s probability for the first validation row, with its true label', async () => {
    const row0 = await renderTrained();
    expect(screen.getByLabelText(/^Validation row/)).toHaveValue(0);
    expect(screen.getByText(/Showing validation row 0\./)).toHaveTextContent(decisionText(row0.label));
    expect(summary(/^True label/)).toBe(decisionText(row0.label));
    // One control per model feature: selects for the categories, sliders for the numbers.
    const { snapshot } = lab.getState();
    expect(screen.getAllByRole('combobox')).toHaveLength(snapshot?.ranges.filter((r) => r.categories).length ?? -1);
    expect(screen.getAllByRole('slider')).toHaveLength(snapshot?.ranges.filter((r) => !r.categories).length ?? -1);
  });

  it('steps through the five layers, showing each layer’s real numbers', async () => {
    const row0 = await renderTrained();
    const trace = await engine.trace(row0.values, 0.5);
    await act(async () => {}); // let the view settle after the extra engine call
    const names = trace.layers.map((l) => l.name);
    expect(screen.getByRole('heading', { name: `Layer 1 of 5: ${names[0]}` })).toBeInTheDocument();
    const inputs = layerRows(names[0]);
    expect(inputs.map((r) => r[0])).toEqual(lab.getState().snapshot?.inputNames);

    const forward = screen.getByRole('button', { name: 'Step forward' });
    for (const k of [1, 2]) {
      fireEvent.click(forward);
      expect(screen.getByRole('heading', { name: `Layer ${k + 1} of 5: ${names[k]}` })).toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(`Layer ${k + 1} of 5`);
      const rows = layerRows(names[k]);
      expect(rows).toHaveLength(trace.layers[k].values.length);
      rows.forEach(([, pre, act], u) => {
        const a = parseFloat(act);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeCloseTo(trace.layers[k].values[u], 3);
        expect(act.includes('(off)')).toBe(trace.layers[k].values[u] === 0);
        if (act.includes('(off)')) expect(parseFloat(pre)).toBeLessThanOrEqual(0);
      });
      if (k === 1) expect(rows.some(([, , act]) => act.includes('(off)'))).toBe(true);
    }
    fireEvent.click(forward);
    expect(layerRows(names[3])[0][2]).toContain(formatPercent(trace.probability));
    fireEvent.click(forward);
    expect(screen.getByRole('heading', { name: `Layer 5 of 5: ${names[4]}` })).toBeInTheDocument();
    expect(layerRows(names[4]).map((r) => r[1])).toEqual([
      formatPercent(trace.probability),
      formatPercent(0.5),
      `${trace.decision} (${decisionText(trace.decision)})`,
    ]);
    expect(forward).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(forward);
    expect(screen.getByRole('heading', { name: /^Layer 5 of 5/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.getByRole('heading', { name: `Layer 4 of 5: ${names[3]}` })).toBeInTheDocument();
  });

  it('plays through the layers on its own and can be paused', async () => {
    await renderTrained();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(await screen.findByRole('heading', { name: /^Layer 2 of 5/ }, { timeout: 3000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('re-traces live when a slider moves', async () => {
    const row0 = await renderTrained();
    const names = lab.getState().snapshot?.featureNames ?? [];
    const at = names.indexOf('time_since_last_click');
    const slider = screen.getByLabelText(/^time_since_last_click/) as HTMLInputElement;
    const shown: string[] = [];
    for (const v of [slider.min, slider.max]) {
      const values = [...row0.values];
      values[at] = Number(v);
      const expected = await expectedProbability(values);
      fireEvent.change(slider, { target: { value: v } });
      await shows(expected);
      shown.push(expected);
    }
    expect(shown[0]).not.toBe(shown[1]);
    expect(screen.getByText(/You have edited these values/)).toHaveTextContent(`original validation row 0`);
    expect(summary(/^True label/)).toBe(decisionText(row0.label));
    expect(screen.getByRole('rowheader', { name: 'True label (of the original row 0)' })).toBeInTheDocument();
    const original = await expectedProbability(row0.values);
    fireEvent.click(screen.getByRole('button', { name: 'Undo my edits' }));
    await shows(original);
  });

  it('keeps clicks at or below page_views and says so', async () => {
    await renderTrained();
    const pageViews = screen.getByLabelText(/^page_views/);
    const clicks = screen.getByLabelText(/^clicks/);
    fireEvent.change(pageViews, { target: { value: '2' } });
    fireEvent.change(clicks, { target: { value: '5' } });
    expect(clicks).toHaveAttribute('aria-valuetext', '2');
    expect(clicks).toHaveAccessibleDescription(/clicks stop at 2/);
    fireEvent.change(pageViews, { target: { value: '1' } });
    expect(clicks).toHaveAttribute('aria-valuetext', '1');
    expect(pageViews).toHaveAccessibleDescription(/clicks came down to 1/);
  });

  it('states the decision from the probability and the threshold, and follows the threshold', async () => {
    const row0 = await renderTrained();
    const p = (await engine.trace(row0.values, 0.5)).probability;
    expect(summary('Decision')).toBe(p >= 0.5 ? 'converts' : 'does not convert');
    expect(summary('Decision threshold')).toBe(formatPercent(0.5));
    const t = p >= 0.5 ? Math.min(0.99, p + 0.05) : Math.max(0.01, p - 0.05);
    act(() => void lab.getState().setKnob('threshold', Number(t.toFixed(2))));
    const flipped = p >= Number(t.toFixed(2)) ? 'converts' : 'does not convert';
    expect(flipped).not.toBe(summary('Decision'));
    await waitFor(() => expect(summary('Decision')).toBe(flipped));
    expect(summary('Decision threshold')).toBe(formatPercent(Number(t.toFixed(2))));
    const right = (flipped === 'converts' ? 1 : 0) === row0.label;
    expect(summary('Matches the true label?')).toMatch(right ? /^Yes/ : /^No/);
  });

  it('loads a random row, and a row typed by number', async () => {
    await renderTrained();
    const count = lab.getState().snapshot?.validationRows ?? 0;
    const index = Math.floor(0.5 * (count - 1)) + 1;
    const [random, seventh] = [
      await expectedProbability((await engine.validationRow(index)).values),
      await expectedProbability((await engine.validationRow(7)).values),
    ];
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    fireEvent.click(screen.getByRole('button', { name: 'Random row' }));
    expect(screen.getByLabelText(/^Validation row/)).toHaveValue(index);
    expect(await screen.findByText(new RegExp(`Showing validation row ${index}\\.`))).toBeInTheDocument();
    await shows(random);

    const box = screen.getByLabelText(/^Validation row/);
    fireEvent.change(box, { target: { value: '7' } });
    expect(await screen.findByText(/Showing validation row 7\./)).toBeInTheDocument();
    await shows(seventh);
    fireEvent.change(box, { target: { value: String(count) } });
    expect(screen.getByRole('alert')).toHaveTextContent(`still showing row 7`);
  });
});
