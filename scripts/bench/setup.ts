/** What every benchmark run shares: the builds, the preview server, Chromium's flags, the progress log. */
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_FLAGS } from '../chromium-flags';

export const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.cache/pipeline-lab-bench');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser suite's flags, plus precise heap figures and a callable gc(). */
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

export const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A problem the user can fix (printed without a stack trace). */
export class SetupError extends Error {}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const QUIET = { root: ROOT, logLevel: 'error' as const, clearScreen: false };

export async function buildApp(): Promise<string> {
  const app = join(OUT, 'app');
  delete process.env.PIPELINE_LAB_BENCH;
  log('Building the app…');
  await build({ ...QUIET, build: { outDir: app, emptyOutDir: true } });
  return app;
}

/** The app with the benchmark page (bench.html) as a second entry. */
export async function buildBench(): Promise<string> {
  const bench = join(OUT, 'bench');
  log('Building the app with the benchmark page…');
  process.env.PIPELINE_LAB_BENCH = '1';
  try {
    await build({ ...QUIET, build: { outDir: bench, emptyOutDir: true } });
  } finally {
    delete process.env.PIPELINE_LAB_BENCH;
  }
  return bench;
}

/** BENCH_PORT pins the preview server's port (on a shared machine); otherwise any free one. */
export async function serve(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, base: `http://127.0.0.1:${port}` };
}
