// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { EngineClient } from '../../../src/worker/engine-client';
import userEvent from '@testing-library/user-event';
import type { RaceReport } from '../../../src/ml/backend-race';
import { resolveConfig } from '../../../src/pipeline/config';
import { DeploymentStage } from '../../../src/stages/deployment/deployment-stage';
import { selectServing } from '../../../src/store/serving';
import { captureDownloads } from '../../fixtures/downloads';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

/** Big enough for a model that clears the 80 % bar, small enough to train in half a second. */
const CONFIG = resolveConfig({ rows: 3000, epochs: 8, batchSize: 64 });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const variantsTable = () => screen.getByRole('table', { name: 'Model package variants' });
const checklistItems = () =>
  within(screen.getByRole('list', { name: 'Production-readiness checklist' })).getAllByRole('listitem');

let engine: EngineClient;

/** Renders the stage on the model trained (and measured) once for the whole file. */
async function measured() {
  renderWithEngine(<DeploymentStage />, engine);
  await waitFor(() => expect(lab.getState().deployment.repro.status).toBe('done'), { timeout: 20_000 });
}

beforeAll(async () => {
  await useCpu();
  resetStore(CONFIG);
  engine = createTestEngine();
  await primeStore(engine, { train: true });
  // The controller checks reproducibility when the learner opens stage 6.
  lab.getState().goTo(5);
});
// In act: the stage is still mounted (Testing Library unmounts after this hook), so the reset re-renders it.
afterEach(() => act(() => lab.setState({ config: { ...CONFIG } })));
afterAll(() => engine.terminate());

describe('Deployment Preparation', () => {
  it('shows each variant’s bytes, accuracy after reload, largest change and budget verdict, measured by the engine', async () => {
    await measured();
    const report = lab.getState().deployment.report.value!;
    const rows = within(variantsTable()).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'float32 (as trained)',
      'float16',
      'uint16 (affine)',
      'uint8 (affine) recommended',
    ]);
    report.variants.forEach((v, i) => {
      const cells = within(rows[i])
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells[0]).toBe(`${v.totalBytes.toLocaleString('en-US')} B`);
      expect(cells[3]).toBe(pct(v.accuracy));
      expect(cells[6]).toBe('Pass');
    });
    // The stage card now describes the same numbers.
    expect(selectServing(lab.getState())?.deployment).toEqual(report.summary);
    expect(screen.getByRole('region', { name: /Stage 6 on the lesson card/ })).toHaveTextContent(
      `${report.variants[3].totalBytes.toLocaleString('en-US')} bytes`,
    );
  });

  it('fails the budget when the budget is smaller than the measured latency', async () => {
    await measured();
    act(() => lab.setState((s) => ({ config: { ...s.config, latencyBudgetMs: 1e-6 } })));
    const verdicts = within(variantsTable())
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[6].textContent);
    expect(verdicts).toEqual(['Fail', 'Fail', 'Fail', 'Fail']);
    const latency = checklistItems().find((li) => li.textContent?.includes('Latency within budget'))!;
    expect(latency).toHaveTextContent(/Fail/);
  });

  it('ticks the checklist from facts, with each fact as its reason', async () => {
    await measured();
    const items = checklistItems();
    expect(items).toHaveLength(8);
    const item = (label: string) => items.find((li) => li.textContent?.includes(label))!;
    expect(item('Training is reproducible')).toHaveTextContent(
      /PassTrained again with seed 42 .* all 588 validation predictions match/,
    );
    expect(item('Validated on unseen data before serving')).toHaveTextContent(
      /Pass588 held-out rows, none of them used in training/,
    );
    expect(item('Compression keeps accuracy')).toHaveTextContent(/Passuint8 after reloading/);
    expect(item('Package size within budget')).toHaveTextContent(/Pass/);
    expect(item('Serving uses the training preprocessing')).toHaveTextContent(/re-creates the training encoding of all 588/);
    // Monitoring is judged on the check run made after training until the live stream runs.
    expect(item('Monitoring and alerting in place')).toHaveTextContent(/The check run after training scored 60 batches/);
    expect(item('A rollback path exists')).toHaveTextContent(/reloads with identical predictions/);
    expect(screen.getByText(/8 of 8 pass/)).toBeInTheDocument();
  });

  it('the skew demo shows the accuracy drop the engine computed', async () => {
    const user = userEvent.setup();
    await measured();
    await user.click(screen.getByRole('radio', { name: 'click_rate without the training scaler' }));
    await user.click(screen.getByRole('button', { name: 'Serve the validation rows with this bug' }));
    await waitFor(() => expect(lab.getState().deployment.skews).toHaveLength(1));
    const r = lab.getState().deployment.skews[0];
    expect(r.skewedAccuracy).toBeLessThan(r.accuracy);
    expect(screen.getByText(`Accuracy ${pct(r.accuracy)} → ${pct(r.skewedAccuracy)}`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/No error was raised/)).toBeInTheDocument();
  });

  it('downloads the three files of the chosen variant', async () => {
    const user = userEvent.setup();
    await measured();
    const { saved, restore } = captureDownloads();
    try {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Weights stored as' }), 'float16');
      await user.click(screen.getByRole('button', { name: 'Download model package' }));
      await waitFor(() => expect(saved).toHaveLength(3));
    } finally {
      restore();
    }
    expect(saved.map((s) => s.name)).toEqual([
      'pipeline-lab-float16.json',
      'pipeline-lab-float16.weights.bin',
      'pipeline-lab-float16.metadata.json',
    ]);
    const model = JSON.parse(await saved[0].blob.text());
    expect(model.weightsManifest[0].paths).toEqual(['pipeline-lab-float16.weights.bin']);
    expect(saved[1].blob.size).toBe(385 * 2);
    const meta = JSON.parse(await saved[2].blob.text());
    expect(meta.decision.threshold).toBe(0.5);
    expect(meta.training.seed).toBe(42);
    expect(meta.serving.latency.budgetMs).toBe(50);
    expect(screen.getByRole('list', { name: 'Files saved' })).toHaveTextContent('pipeline-lab-float16.metadata.json');
  });

  it('downloads the package as one zip holding the same three files', async () => {
    const user = userEvent.setup();
    await measured();
    const { saved, restore } = captureDownloads();
    try {
      await user.click(screen.getByRole('button', { name: 'Download as one .zip file' }));
      await waitFor(() => expect(saved).toHaveLength(1));
    } finally {
      restore();
    }
    const dtype = (screen.getByRole('combobox', { name: 'Weights stored as' }) as HTMLSelectElement).value;
    expect(saved[0].name).toBe(`pipeline-lab-${dtype}.zip`);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has text() but not arrayBuffer()
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved[0].blob);
    });
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries)).toEqual([
      `pipeline-lab-${dtype}.json`,
      `pipeline-lab-${dtype}.weights.bin`,
      `pipeline-lab-${dtype}.metadata.json`,
    ]);
    const meta = JSON.parse(strFromU8(entries[`pipeline-lab-${dtype}.metadata.json`]));
    expect(meta.decision.threshold).toBe(0.5);
    expect(screen.getByRole('list', { name: `Files in pipeline-lab-${dtype}.zip` })).toHaveTextContent(
      `pipeline-lab-${dtype}.weights.bin`,
    );
  });

  it('races the backends and says which one serves fastest', async () => {
    const user = userEvent.setup();
    const lat = (p95Ms: number) => ({
      backend: 'x',
      coldMs: 9,
      p50Ms: p95Ms / 2,
      p95Ms,
      meanMs: p95Ms / 2,
      batchRows: 588,
      batchP50Ms: 3,
      batchP95Ms: 4,
      runs: 50,
    });
    const canned: RaceReport = {
      active: 'cpu',
      rows: 588,
      runs: 50,
      webgl: { available: true, software: true, renderer: 'SwiftShader' },
      entries: [
        {
          backend: 'webgl',
          available: true,
          note: 'WebGL here is software-rendered (SwiftShader)',
          latency: lat(4),
          maxAbsDiff: 1e-7,
          firstUse: true,
        },
        { backend: 'wasm', available: true, note: 'WebAssembly', latency: lat(0.2), maxAbsDiff: 0, firstUse: true },
        {
          backend: 'cpu',
          available: false,
          note: 'plain JavaScript; it did not start (test)',
          latency: null,
          maxAbsDiff: null,
          firstUse: false,
        },
      ],
    };
    const real = engine.raceBackends;
    engine.raceBackends = vi.fn(async () => canned);
    onTestFinished(() => {
      engine.raceBackends = real;
    });
    await measured();
    await user.click(screen.getByRole('button', { name: 'Race the backends' }));
    const table = await screen.findByRole('table', { name: 'Backend race' });
    expect(within(table).getByRole('row', { name: /WebGL/ })).toHaveTextContent(/first use: includes start-up/);
    expect(within(table).getByRole('row', { name: /CPU/ })).toHaveTextContent(/Unavailable/);
    expect(
      screen.getByText(/WebAssembly \(wasm\) serves this model fastest: 100 µs per warm call, against 2.00 ms on WebGL/),
    ).toBeInTheDocument();
    const why = screen.getByRole('list', { name: 'Why each backend performs as it does' });
    expect(within(why).getByText(/WebGL \(the GPU\):/).parentElement).toHaveTextContent(
      /fixed round trip.*software-rendered \(SwiftShader\)/,
    );
    expect(within(why).getByText(/CPU \(plain JavaScript\):/).parentElement).toHaveTextContent(/did not start \(test\)/);
  });
});
