/** Ctrl-C during a run with --out: the temporary folder goes, the destination stays untouched, the status says why. */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** As `npm run pipeline` starts it: node itself (no tsx parent process), so signals reach the CLI directly. */
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

describe('pipeline CLI interrupted', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'pipeline-lab-sigint-'));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('SIGINT while running removes the temporary --out folder and exits 130', async () => {
    // Enough rows that the run is still going when the signal arrives.
    const child = spawn(process.execPath, [...CLI, '--rows', '300000', '--out', join(parent, 'out')], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    // The CLI says it is running once --out is staged and the signal handler is in place.
    await new Promise<void>((started) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('pipeline: running the seven stages')) started();
      }),
    );
    expect((await readdir(parent)).some((f) => f.startsWith('.out.tmp-'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/stopped by SIGINT; nothing was written/);
    expect(await readdir(parent)).toEqual([]);
  }, 120_000);
});
