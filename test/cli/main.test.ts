/** The real CLI as a child process, as `npm run pipeline` starts it, from the project root. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import type { RunSummary } from '../../src/pipeline/summary';
import { fileHandler, hitRate, dataFor } from '../ml/helpers';
import { predictProba } from '../../src/ml/predict';
import { replayPackage } from '../ml/replay-package';

/** The project root (/work/main), where `npm run pipeline` runs. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** As `npm run pipeline` starts it: node itself (no tsx parent process), so signals reach the CLI directly. */
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const HEADER =
  'device,source,session_length_s,page_views,clicks,scroll_depth,load_time_ms,click_rate,time_since_last_click,converted';

/** Runs the CLI; a first argument that is an object sets the child's uid/gid. */
function cli(...args: (string | { uid?: number; gid?: number })[]): SpawnSyncReturns<string> {
  const as = typeof args[0] === 'object' ? (args.shift() as { uid?: number; gid?: number }) : {};
  const r = spawnSync(process.execPath, [...CLI, ...(args as string[])], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
    ...as,
  });
  if (r.error) throw r.error;
  return r;
}

const isNum = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('pipeline CLI --json', () => {
  let r: SpawnSyncReturns<string>;
  let s: RunSummary;

  beforeAll(() => {
    r = cli('--json', '--ticks', '40');
    s = JSON.parse(r.stdout) as RunSummary;
  }, 120_000);

  it('exits 0 and prints exactly one JSON document on stdout (the tfjs banner goes elsewhere)', () => {
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout).not.toMatch(/Hi, looks like/);
  });

  it('has the seed, backend and seven stages', () => {
    expect(s.seed).toBe(42);
    expect(s.backend).toBe('cpu');
    expect(s.stages).toHaveLength(7);
    for (const st of s.stages) {
      expect(typeof st.id).toBe('string');
      expect(typeof st.name).toBe('string');
      expect(st).toHaveProperty('inShape');
      expect(st).toHaveProperty('outShape');
      expect(st.example.length).toBeGreaterThan(0);
    }
    expect(s.stages.map((st) => st.id)).toEqual([
      'collection',
      'cleaning',
      'features',
      'training',
      'validation',
      'deployment',
      'monitoring',
    ]);
    expect(s.stages[2].outShape).toEqual([9800, 12]);
  });

  it('has the epoch trace and validation metrics', () => {
    expect(s.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5]);
    for (const e of s.epochs) {
      for (const k of ['loss', 'accuracy', 'valLoss', 'valAccuracy'] as const) expect(isNum(e[k])).toBe(true);
      expect(typeof e.observation).toBe('string');
    }
    const v = s.validation;
    for (const k of ['accuracy', 'loss', 'auc', 'precision', 'recall', 'f1'] as const) expect(isNum(v[k]), k).toBe(true);
    expect(v.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(v.accuracy).toBeLessThanOrEqual(0.88);
    const c = v.confusion;
    expect(Object.keys(c).sort()).toEqual(['fn', 'fp', 'tn', 'tp']);
    expect(c.tp + c.fp + c.tn + c.fn).toBe(1960);
  });

  it('has the deployment package sizes, variants and latency', () => {
    const d = s.deployment;
    expect(isNum(d.float32Bytes)).toBe(true);
    expect(d.variants.map((v) => v.dtype)).toEqual(['float16', 'uint16', 'uint8']);
    for (const v of d.variants) {
      expect(isNum(v.weightBytes)).toBe(true);
      expect(isNum(v.accuracy)).toBe(true);
      expect(isNum(v.maxAbsDiff)).toBe(true);
    }
    for (const k of ['coldMs', 'p50Ms', 'p95Ms'] as const) expect(d.latency[k]).toBeGreaterThan(0);
  });

  it('has the monitoring ticks and alerts', () => {
    const m = s.monitoring;
    expect(m.scenario).toBe('gradual');
    expect(m.threshold).toBe(0.8);
    expect(m.ticks.map((t) => t.tick)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    for (const t of m.ticks) {
      expect(t.accuracy === null || isNum(t.accuracy)).toBe(true);
      expect(isNum(t.driftShare)).toBe(true);
    }
    expect(m.ticks[0].accuracy).toBeNull();
    expect(isNum(m.ticks[39].accuracy)).toBe(true);
    expect(Array.isArray(m.alerts)).toBe(true);
    for (const a of m.alerts) {
      expect(Number.isInteger(a.tick)).toBe(true);
      expect(typeof a.rule).toBe('string');
      expect(['fired', 'resolved']).toContain(a.kind);
      expect(isNum(a.value)).toBe(true);
    }
    expect(m.alerts.some((a) => a.rule === 'accuracy_below_threshold' && a.kind === 'fired')).toBe(true);
    expect(m.alertRules).toMatchObject({
      windowTicks: 10,
      persistTicks: 3,
      accuracyThreshold: 0.8,
      driftShareThreshold: 0.5,
      psiThreshold: 0.2,
      wassersteinThreshold: 0.25,
    });
    expect(m.alertRules.description).toMatch(/held for 3 batches in a row/);
  });
});

describe('pipeline CLI usage errors', () => {
  it.each([
    [['--bogus'], /--bogus/],
    [['--rows', '-1'], /--rows/],
  ])(
    '%j exits non-zero with a message on stderr and nothing on stdout',
    (args, pattern) => {
      const r = cli(...args);
      expect(r.status).not.toBe(0);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).toMatch(/Usage: npm run pipeline/);
    },
    120_000,
  );
});

describe('pipeline CLI --out', () => {
  let dir: string;
  let r: SpawnSyncReturns<string>;
  const PKG = 'pipeline-lab-uint8';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pipeline-lab-cli-'));
    r = cli('--out', dir, '--json', '--ticks', '5');
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the two splits as CSV and the app’s three package files, and no temporary folder', async () => {
    expect(r.status).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(
      [`${PKG}.json`, `${PKG}.metadata.json`, `${PKG}.weights.bin`, 'train.csv', 'validation.csv'].sort(),
    );
    const trainLines = (await readFile(join(dir, 'train.csv'), 'utf8')).trimEnd().split('\n');
    const validationLines = (await readFile(join(dir, 'validation.csv'), 'utf8')).trimEnd().split('\n');
    expect(trainLines[0]).toBe(HEADER);
    expect(validationLines[0]).toBe(HEADER);
    expect(trainLines).toHaveLength(1 + 7840);
    expect(validationLines).toHaveLength(1 + 1960);
    for (const line of [trainLines[1], validationLines[1]]) {
      const cells = line.split(',');
      expect(cells).toHaveLength(10);
      expect(['desktop', 'mobile', 'tablet']).toContain(cells[0]);
      expect(['0', '1']).toContain(cells[9]);
    }
    // stdout is still exactly one JSON document
    expect((JSON.parse(r.stdout) as RunSummary).monitoring.ticks).toHaveLength(5);
  });

  it('exports labels in the same order as the run’s validation split', async () => {
    const { data } = dataFor({});
    const labels = (await readFile(join(dir, 'validation.csv'), 'utf8'))
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.slice(l.lastIndexOf(',') + 1)));
    expect(labels).toEqual(Array.from(data.validation.y));
  });

  it('writes a uint8 package that tfjs loads and that predicts like the run’s uint8 variant', async () => {
    const json = JSON.parse(await readFile(join(dir, `${PKG}.json`), 'utf8')) as tf.io.ModelJSON;
    expect(json.weightsManifest[0].paths).toEqual([`${PKG}.weights.bin`]);
    expect(json.weightsManifest[0].weights.every((w) => w.quantization?.dtype === 'uint8')).toBe(true);
    const summary = JSON.parse(r.stdout) as RunSummary;
    const uint8 = summary.deployment.variants.find((v) => v.dtype === 'uint8')!;
    expect((await readFile(join(dir, `${PKG}.weights.bin`))).byteLength).toBe(uint8.weightBytes);

    const baseline = tf.memory().numTensors;
    const model = await tf.loadLayersModel(fileHandler(dir, `${PKG}.json`));
    try {
      const { data } = dataFor({});
      const p = await predictProba(model, data.validation);
      expect(p.every((x) => x >= 0 && x <= 1)).toBe(true);
      expect(hitRate(data.validation.y, p)).toBe(uint8.accuracy);
    } finally {
      model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('is the browser download: the same metadata, and its reference rows replay through the saved files', async () => {
    const { meta, rows } = await replayPackage(dir, PKG);
    expect(meta.files).toEqual({ model: `${PKG}.json`, weights: `${PKG}.weights.bin`, metadata: `${PKG}.metadata.json` });
    expect(meta.input.derivedFeatures.map((d) => d.name)).toEqual(['click_rate', 'time_since_last_click']);
    expect(meta.serving.latency?.backend).toBe('cpu');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect(Array.from(row.encoded)).toEqual(row.reference.encoded);
      expect(row.probability).toBe(row.reference.probability);
    }
  });
});

describe('pipeline CLI --out: the destination is checked before any work', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pipeline-lab-dest-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Exits 2 with `message` on stderr and nothing on stdout, without running the pipeline. */
  function refused(r: SpawnSyncReturns<string>, message: RegExp): void {
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/Hi, looks like/); // tfjs never started
  }

  it('refuses a file path', async () => {
    const file = join(root, 'a-file');
    await writeFile(file, 'keep me');
    refused(cli('--out', file), /is a file, not a folder/);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });

  it('refuses /proc/x at once (it used to hang)', () => {
    refused(cli('--out', '/proc/x'), /--out \/proc\/x: cannot write there/);
  });

  it('refuses a folder whose parent does not exist', () => {
    refused(cli('--out', join(root, 'no', 'such', 'place')), /does not exist/);
  });

  it('refuses a folder it may not write (EACCES)', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked);
    await chmod(root, 0o755);
    await chmod(locked, 0o555);
    // Root may write anywhere: run the CLI as "nobody" then, as an ordinary user would be.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    refused(cli({ ...asUser }, '--out', join(locked, 'out')), /cannot write there \(EACCES\)/);
    refused(cli({ ...asUser }, '--out', locked), /cannot write there \(EACCES\)/);
  });

  it('refuses to overwrite the files of an earlier run without --force, and overwrites with it', async () => {
    const out = join(root, 'again');
    await mkdir(out);
    await writeFile(join(out, 'pipeline-lab-uint8.json'), 'old');
    await writeFile(join(out, 'notes.txt'), 'mine');
    refused(cli('--out', out), /already holds pipeline-lab-uint8\.json; pass --force to overwrite/);
    expect(await readFile(join(out, 'pipeline-lab-uint8.json'), 'utf8')).toBe('old');
    const r = cli('--out', out, '--force', '--rows', '500', '--ticks', '2');
    expect(r.status).toBe(0);
    expect(await readFile(join(out, 'pipeline-lab-uint8.json'), 'utf8')).toMatch(/^\{"modelTopology"/);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await readdir(out)).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await readdir(root)).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);
});

describe('pipeline CLI: a repeated flag keeps its first value, as the app’s links do', () => {
  it('uses the first --rows and says so on stderr', () => {
    const r = cli('--rows', '500', '--rows', '900', '--json', '--ticks', '2');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/--rows was given 2 times; using the first value, "500"/);
    const s = JSON.parse(r.stdout) as RunSummary;
    expect(s.stages[0].outShape).toEqual([500, 10]);
  }, 120_000);
});
