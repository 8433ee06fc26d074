/**
 * The headless runner: `npm run pipeline -- [flags]`. Same pipeline and ml code
 * as the app, on tfjs's cpu backend. With --json, stdout carries exactly one
 * JSON document; everything else goes to stderr.
 */
import { chooseBackend } from '../ml/backend';
import { runPipeline } from '../ml/run-pipeline';
import { parseCli, USAGE, UsageError } from './args';
import { exportRun } from './export';
import { formatSummary } from './format';

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`pipeline: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // tfjs prints a one-time banner with console.log in Node; keep stdout for our output only.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  const backend = await chooseBackend(['cpu']);
  const run = await runPipeline(options.config, { backend, ticks: options.ticks });
  console.log = log;
  try {
    if (options.out) {
      const files = await exportRun(options.out, run.data, run.model);
      process.stderr.write(`Wrote ${files.join(', ')}\n`);
    }
    process.stdout.write(options.json ? JSON.stringify(run.summary, null, 2) + '\n' : formatSummary(run.summary));
  } finally {
    run.model.dispose();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`pipeline: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
