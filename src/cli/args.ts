/**
 * Command-line flags for `npm run pipeline -- [flags]`, parsed with Node's own
 * util.parseArgs (strict: unknown flags are errors) and range-checked against
 * the same knob registry the app uses. A flag given twice keeps its first
 * value, with a warning — the same rule as the app's links (store/url-hash.ts).
 */
import { parseArgs } from 'node:util';
import { ConfigError, resolveConfig, type PipelineConfig } from '../pipeline/config';
import { CHECK_RUN_TICKS } from '../pipeline/monitoring';

export interface CliOptions {
  readonly config: PipelineConfig;
  readonly json: boolean;
  readonly out: string | null;
  /** Overwrite files already in --out. */
  readonly force: boolean;
  readonly ticks: number;
  readonly help: boolean;
  /** Notices for the user (a repeated flag), printed on stderr. */
  readonly warnings: readonly string[];
}

export const USAGE = `Usage: npm run pipeline -- [flags]

Runs all seven stages of the Pipeline Lab lesson in Node and prints the card's
stage table and epoch table with this run's numbers.

Flags:
  --seed N          seed for every random choice (1–2147483647, default 42)
  --rows N          sessions to generate (100–1000000, default 10000)
  --epochs N        training epochs (1–200, default 5)
  --fault-rate R    share of rows generated faulty (0–0.5, default 0.02)
  --cleaning WHAT   drop the faulty rows, or skip cleaning (drop | skip, default drop)
  --scenario NAME   live-stream drift: none | gradual | sudden | quality (default gradual)
  --ticks N         live batches to monitor (1–1000, default 60)
  --json            print one JSON document on stdout instead of tables
  --out DIR         write train.csv, validation.csv and the uint8 model package (the app's
                    download: pipeline-lab-uint8.json, .weights.bin, .metadata.json) to DIR;
                    DIR is checked before the run and filled all at once
  --force           let --out overwrite those files when DIR already has them
  --help            show this help

A flag given twice keeps its first value (as the app's links do) and says so.
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

/** A decimal flag (e.g. --fault-rate 0.3); the knob registry checks its range. */
function decimalFlag(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '' || !Number.isFinite(Number(trimmed)))
    throw new UsageError(`--${name} must be a number, got ${JSON.stringify(text)}`);
  return Number(trimmed);
}

const VALUE_NAMES = ['seed', 'rows', 'fault-rate', 'cleaning', 'epochs', 'scenario', 'ticks', 'out'] as const;
/** The flag that sets each knob, for naming it in an error (the knob registry says `faultRate`; the user typed --fault-rate). */
const FLAG_OF_KNOB: Readonly<Record<string, string>> = { faultRate: 'fault-rate' };
const VALUE_FLAGS = new Set(VALUE_NAMES.map((n) => `--${n}`));

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
        seed: { type: 'string', multiple: true },
        rows: { type: 'string', multiple: true },
        'fault-rate': { type: 'string', multiple: true },
        cleaning: { type: 'string', multiple: true },
        epochs: { type: 'string', multiple: true },
        scenario: { type: 'string', multiple: true },
        ticks: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        out: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const warnings: string[] = [];
  const v: Partial<Record<(typeof VALUE_NAMES)[number], string>> = {};
  for (const name of VALUE_NAMES) {
    const given = parsed.values[name];
    if (!given?.length) continue;
    v[name] = given[0];
    if (given.length > 1) {
      warnings.push(
        `--${name} was given ${given.length} times; using the first value, ${JSON.stringify(given[0])} (as the app's links do)`,
      );
    }
  }
  const ticks = integerFlag('ticks', v.ticks) ?? CHECK_RUN_TICKS;
  if (ticks < 1 || ticks > 1000) throw new UsageError(`--ticks must be between 1 and 1000, got ${ticks}`);
  if (v.out === '') throw new UsageError('--out needs a directory');
  let config: PipelineConfig;
  try {
    config = resolveConfig({
      seed: integerFlag('seed', v.seed),
      rows: integerFlag('rows', v.rows),
      faultRate: decimalFlag('fault-rate', v['fault-rate']),
      cleaning: v.cleaning,
      epochs: integerFlag('epochs', v.epochs),
      scenario: v.scenario,
    });
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`--${FLAG_OF_KNOB[e.field] ?? e.field}: ${e.message}`);
    throw e;
  }
  const flags = parsed.values;
  if (flags.force && v.out === undefined) throw new UsageError('--force only applies with --out DIR');
  return {
    config,
    json: flags.json ?? false,
    out: v.out ?? null,
    force: flags.force ?? false,
    ticks,
    help: flags.help ?? false,
    warnings,
  };
}
