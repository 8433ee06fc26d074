// @vitest-environment jsdom
/**
 * The flow strip is the dot view's overview: its connectors and bars read the
 * store values the stage cards read, so every count it states must equal the
 * card line's (rows dropped, columns added, the split, the uint8 package, the
 * live batches and alerts).
 */
import { act, screen, within } from '@testing-library/react';
import { FlowStrip } from '../../src/components/flow-strip';
import { StageCard } from '../../src/components/stage-card';
import { resolveConfig } from '../../src/pipeline/config';
import { STAGE_IDS } from '../../src/pipeline/summary';
import type { EngineClient } from '../../src/worker/engine-client';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../fixtures/render';

const CONFIG = resolveConfig({ rows: 3000, epochs: 3, batchSize: 64, scenario: 'sudden' });
const n = (x: number) => x.toLocaleString('en-US');
const int = (s: string) => Number(s.replace(/,/g, ''));
let engine: EngineClient;

beforeAll(async () => {
  await useCpu();
  resetStore(CONFIG);
  // Explore shows the strip on every step (Guided leaves it out of some).
  lab.getState().setMode('explore');
  engine = createTestEngine();
  await primeStore(engine, { train: true });
});
afterAll(() => engine.terminate());

function show() {
  return renderWithEngine(
    <>
      <FlowStrip />
      {STAGE_IDS.map((id) => (
        <StageCard key={id} id={id} />
      ))}
    </>,
    engine,
  );
}

const strip = () => screen.getByRole('region', { name: 'Data flow through the seven stages' });
const item = (name: RegExp) => within(strip()).getByRole('button', { name }).closest('li')!;
const card = (k: number) => screen.getByRole('region', { name: `Stage ${k} on the lesson card` });
/** "3,000 rows × 10 columns" → [3000, 10], for each shape in card line k. */
const shapes = (k: number) =>
  [...(card(k).textContent ?? '').matchAll(/([\d,]+) rows × (\d+) columns/g)].map((m) => [int(m[1]), Number(m[2])]);

describe('FlowStrip', () => {
  it('says what cleaning and feature engineering did, with the card lines’ counts', async () => {
    show();
    const [[collected, cols], [kept]] = shapes(2);
    const dropped = collected - kept;
    expect(dropped).toBeGreaterThan(0);
    expect(card(2)).toHaveTextContent(`Dropped ${n(dropped)} rows`);
    expect(item(/Data Cleaning/)).toHaveTextContent(`−${n(dropped)} rows`);
    expect(item(/Data Cleaning/)).toHaveTextContent(`cleaning dropped ${n(dropped)} rows`);
    const [[, before], [, after]] = shapes(3);
    expect(before).toBe(cols);
    expect(item(/Feature Engineering/)).toHaveTextContent(`+${after - before} columns`);
    // The bar says its share in words too: the kept rows of the collected ones.
    expect(item(/Data Cleaning/)).toHaveTextContent(`${((100 * kept) / collected).toFixed(1)} % of the collected rows`);
  });

  it('splits into the card’s training and validation rows, and the bar is the class share the dot view shows', () => {
    show();
    const [[train]] = shapes(4);
    const [[validation]] = shapes(5);
    const training = item(/Model Training/);
    expect(training).toHaveTextContent(`${n(train)} / ${n(validation)}`);
    expect(training).toHaveTextContent(`split into ${n(train)} training and ${n(validation)} validation rows`);
    expect(training).toHaveTextContent(
      `${Math.round((100 * train) / (train + validation))} / ${Math.round((100 * validation) / (train + validation))} split`,
    );
    expect(item(/Model Validation/)).toHaveTextContent(`${n(validation)} held out`);
    const { rows, convertedRows } = lab.getState().snapshot!.dots;
    expect(item(/Data Collection/)).toHaveTextContent(`${((100 * convertedRows) / rows).toFixed(1)} % converted`);
    // Two bar parts, as wide as their shares of the collected rows.
    const parts = training.querySelectorAll<HTMLElement>('.flow-bar-part');
    expect([...parts].map((p) => parseFloat(p.style.width))).toEqual([
      expect.closeTo((100 * train) / shapes(1)[0][0], 6),
      expect.closeTo((100 * validation) / shapes(1)[0][0], 6),
    ]);
  });

  it('states the uint8 package’s bytes and ratio and the live batches and alerts as the card lines do', async () => {
    show();
    const compressed = /Model compressed ([\d.]+)× \(([\d,]+) → ([\d,]+) bytes, (\w+)/.exec(card(6).textContent ?? '');
    expect(compressed).not.toBeNull();
    const [, ratio, , small, dtype] = compressed!;
    expect(item(/Deployment Preparation/)).toHaveTextContent(`${dtype} ${ratio}× smaller`);
    expect(item(/Deployment Preparation/)).toHaveTextContent(`${small} B`);

    lab.getState().resetMonitor();
    await act(() => lab.getState().advanceMonitor(30));
    const m = lab.getState().monitor;
    const fired = m.log.filter((e) => e.kind === 'fired').length;
    expect(fired).toBeGreaterThan(0);
    const monitoring = item(/Monitoring Setup/);
    expect(monitoring).toHaveTextContent(`${m.points.length} batches · ${fired} alert${fired === 1 ? '' : 's'}`);
    // The card line names the batch of that alert; the strip's rolling accuracy is the last batch's.
    expect(card(7)).toHaveTextContent(/Alert triggered on accuracy drop below/);
    const last = m.points[m.points.length - 1].rollingAccuracy!;
    expect(monitoring).toHaveTextContent(`rolling accuracy ${(last * 100).toFixed(1)} %`);
  });
});
