/**
 * The headless runner: `npm run pipeline -- [flags]`. Same pipeline and ml code
 * as the app, on tfjs's cpu backend. With --json, stdout carries exactly one
 * JSON document; everything else goes to stderr. A bad command line or a bad
 * --out destination exits 2 before any work is done.
 */
import { rmSync } from 'node:fs';
import { chooseBackend } from '../ml/backend';
import { runPipeline, type PipelineRun } from '../ml/run-pipeline';
import { parseCli, USAGE, UsageError, type CliOptions } from './args';
import { BadDestination, stageDestination, type Staging } from './destination';
import { exportNames, exportRun } from './export';
import { formatSummary } from './format';

/** Writes the run's files into the staging folder, then moves them into place. */
async function writeOut(staging: Staging, options: CliOptions, run: PipelineRun): Promise<void> {
  const { config } = options;
  const latency = run.deployment.latency;
  const names = await exportRun(
    staging.dir,
    { model: run.model, data: run.data, trained: config, epochs: run.summary.epochs, backend: run.summary.backend },
    {
      threshold: config.threshold,
      createdAt: new Date().toISOString(),
      latency: { backend: latency.backend, p50Ms: latency.p50Ms, p95Ms: latency.p95Ms, budgetMs: config.latencyBudgetMs },
    },
  );
  await staging.commit(names);
  process.stderr.write(`Wrote ${names.join(', ')} to ${options.out}\n`);
}

/**
 * Ctrl-C (or a kill) during the run removes the temporary --out folder, as any other failure does, and exits with
 * the shell's usual status for the signal (130, 143). Returns the function that stops listening.
 */
function discardOnSignal(staging: Staging): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(staging.dir, { recursive: true, force: true });
    process.stderr.write(`pipeline: stopped by ${signal}; nothing was written to the destination\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  let staging: Staging | null = null;
  try {
    options = parseCli(argv);
    for (const w of options.warnings) process.stderr.write(`pipeline: ${w}\n`);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (options.out !== null) staging = await stageDestination(options.out, exportNames(), options.force);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`pipeline: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof BadDestination) {
      process.stderr.write(`pipeline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const stopListening = staging ? discardOnSignal(staging) : () => undefined;
  const { rows, seed } = options.config;
  process.stderr.write(`pipeline: running the seven stages on ${rows.toLocaleString('en-US')} rows (seed ${seed})…\n`);
  try {
    // tfjs prints a one-time banner with console.log in Node; keep stdout for our output only.
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    const backend = await chooseBackend(['cpu']);
    const run = await runPipeline(options.config, { backend, ticks: options.ticks });
    console.log = log;
    try {
      if (staging) await writeOut(staging, options, run);
      process.stdout.write(options.json ? JSON.stringify(run.summary, null, 2) + '\n' : formatSummary(run.summary));
    } finally {
      run.model.dispose();
    }
    return 0;
  } finally {
    stopListening();
    await staging?.discard();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`pipeline: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
