/**
 * Command-line flags for `npm run pipeline -- [flags]`, parsed with Node's own
 * util.parseArgs (strict: unknown flags are errors) and range-checked against
 * the same knob registry the app uses.
 */
import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig, type PipelineConfig } from '../pipeline/config';
import { CHECK_RUN_TICKS } from '../pipeline/monitoring';

export interface CliOptions {
  readonly config: PipelineConfig;
  readonly json: boolean;
  readonly out: string | null;
  readonly ticks: number;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run pipeline -- [flags]

Runs all seven stages of the Pipeline Lab lesson in Node and prints the card's
stage table and epoch table with this run's numbers.

Flags:
  --seed N          seed for every random choice (1–2147483647, default 42)
  --rows N          sessions to generate (100–1000000, default 10000)
  --epochs N        training epochs (1–200, default 5)
  --scenario NAME   live-stream drift: none | gradual | sudden | quality (default gradual)
  --ticks N         live batches to monitor (1–1000, default 60)
  --json            print one JSON document on stdout instead of tables
  --out DIR         write train.csv, validation.csv, model.json and model.weights.bin (uint8) to DIR
  --help            show this help
`;

/** Thrown for a bad command line; main prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function integerFlag(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(text.trim())) throw new UsageError(`--${name} must be a whole number, got ${JSON.stringify(text)}`);
  return Number(text);
}

const VALUE_FLAGS = new Set(['--seed', '--rows', '--epochs', '--scenario', '--ticks', '--out']);

/** "--rows -5" → "--rows=-5", so a negative number is read as a value (and range-checked), not as a flag. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (VALUE_FLAGS.has(argv[i]) && /^-\d/.test(argv[i + 1] ?? '')) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        rows: { type: 'string' },
        epochs: { type: 'string' },
        scenario: { type: 'string' },
        ticks: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const ticks = integerFlag('ticks', v.ticks) ?? CHECK_RUN_TICKS;
  if (ticks < 1 || ticks > 1000) throw new UsageError(`--ticks must be between 1 and 1000, got ${ticks}`);
  if (v.out === '') throw new UsageError('--out needs a directory');
  let config: PipelineConfig;
  try {
    config = resolveConfig({
      seed: integerFlag('seed', v.seed),
      rows: integerFlag('rows', v.rows),
      epochs: integerFlag('epochs', v.epochs),
      scenario: v.scenario,
    });
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`--${e.field}: ${e.message}`);
    throw e;
  }
  return { config, json: v.json ?? false, out: v.out ?? null, ticks, help: v.help ?? false };
}
