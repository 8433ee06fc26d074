// @vitest-environment jsdom
/**
 * Stage 7's dot view against the stage's own card line, tiles, alert log and
 * drift table: all read the monitor slice, so every count the view states is
 * theirs. The live stream is the engine's real one (sudden shift at batch 20).
 */
import { act, screen, within } from '@testing-library/react';
import { DotView } from '../../../src/components/dot-view/dot-view';
import { batchCounts } from '../../../src/pipeline/dot-layout/live-batches';
import { resolveConfig } from '../../../src/pipeline/config';
import { MonitoringStage } from '../../../src/stages/monitoring/monitoring-stage';
import type { EngineClient } from '../../../src/worker/engine-client';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

const CONFIG = resolveConfig({ rows: 3000, epochs: 8, batchSize: 64, scenario: 'sudden' });
const n = (x: number) => x.toLocaleString('en-US');
let engine: EngineClient;

beforeAll(async () => {
  await useCpu();
  resetStore(CONFIG);
  engine = createTestEngine();
  await primeStore(engine, { train: true });
});
afterAll(() => engine.terminate());

const view = () => screen.getByRole('figure', { name: /Every row as a mark/ });
const tile = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling!;

describe('DotView on Monitoring Setup', () => {
  it('before the stream runs: says there are no live batches yet', () => {
    lab.getState().resetMonitor();
    renderWithEngine(<DotView step="monitoring" />, engine);
    expect(view()).toHaveTextContent('No live batches yet: start the stream to watch them arrive.');
    expect(view()).toHaveTextContent('Every row as a mark — one mark per live row');
  });

  it('batches, rows, faulty rows and the alert’s batch equal the tiles, the card line and the alert log', async () => {
    lab.getState().resetMonitor();
    renderWithEngine(
      <>
        <DotView step="monitoring" />
        <MonitoringStage />
      </>,
      engine,
    );
    await act(() => lab.getState().advanceMonitor(30));
    const m = lab.getState().monitor;
    expect(m.points).toHaveLength(30);
    expect(tile('Live batches')).toHaveTextContent(String(m.points.length));
    expect(tile('Faulty live rows rejected')).toHaveTextContent(`${n(m.faulty)} of ${n(m.rows)}`);
    expect(view()).toHaveTextContent(`${m.points.length} live batches so far: ${n(m.rows)} rows, ${n(m.faulty)} turned away`);

    // The card line names the first accuracy alert's batch; the view labels that batch.
    const card = screen.getByRole('region', { name: /Stage 7 on the lesson card/ });
    const fired = card.textContent!.match(
      /Alert triggered on accuracy drop below 80 %: rolling accuracy ([\d.]+ %) at batch (\d+)/,
    );
    expect(fired).not.toBeNull();
    expect(view()).toHaveTextContent(`The accuracy alert fired at batch ${fired![2]} (rolling accuracy ${fired![1]})`);
    const logTable = screen.getByRole('table', { name: /alert/i });
    expect(
      within(logTable)
        .getAllByRole('row')
        .some((r) => r.textContent?.startsWith(fired![2])),
    ).toBe(true);

    // The table alternative: per batch, right + wrong + turned away = the batch's rows.
    const table = within(view()).getByRole('table', { name: /Live batches/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const shown = m.points.filter((p) => p.tick >= Number(rows[0].firstChild!.textContent));
    expect(rows).toHaveLength(shown.length);
    rows.forEach((r, i) => {
      const c = batchCounts(shown[i]);
      const cells = [...r.children].map((td) => td.textContent);
      expect(cells.slice(0, 4)).toEqual([String(shown[i].tick), n(c.right), n(c.wrong), n(c.rejected)]);
      expect(c.right + c.wrong + c.rejected).toBe(shown[i].rows);
    });

    // The overlay's feature is the drift table's most drifted one, with the same PSI.
    const top = [...m.drift].sort((a, b) => b.psi - a.psi)[0];
    expect(within(view()).getByRole('table', { name: new RegExp(`^${top.name}: share of rows per bin`) })).toHaveTextContent(
      `PSI ${top.psi.toFixed(2)}`,
    );
    const driftRow = screen.getAllByRole('row').find((r) => r.firstChild?.textContent === top.name)!;
    expect(driftRow).toHaveTextContent(top.psi.toFixed(3));
  });
});
