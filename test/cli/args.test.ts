import { parseCli, UsageError } from '../../src/cli/args';
import { DEFAULT_CONFIG } from '../../src/pipeline/config';

function usageError(argv: string[]): UsageError {
  try {
    parseCli(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error(`parseCli(${JSON.stringify(argv)}) did not throw`);
}

describe('parseCli', () => {
  it('uses the knob registry’s defaults with no flags', () => {
    const o = parseCli([]);
    expect(o.config).toEqual(DEFAULT_CONFIG);
    expect(o.config).toMatchObject({ seed: 42, rows: 10_000, epochs: 5, scenario: 'gradual' });
    expect(o).toMatchObject({ json: false, out: null, ticks: 60, help: false });
  });

  it.each([
    [['--seed', '7'], { seed: 7 }],
    [['--seed=2147483647'], { seed: 2_147_483_647 }],
    [['--rows', '500'], { rows: 500 }],
    [['--rows', '100'], { rows: 100 }],
    [['--epochs', '12'], { epochs: 12 }],
    [['--epochs', '200'], { epochs: 200 }],
    [['--scenario', 'none'], { scenario: 'none' }],
    [['--scenario', 'sudden'], { scenario: 'sudden' }],
    [['--scenario=quality'], { scenario: 'quality' }],
    [['--fault-rate', '0.3'], { faultRate: 0.3 }],
    [['--fault-rate=0'], { faultRate: 0 }],
    [['--cleaning', 'skip'], { cleaning: 'skip' }],
    [['--cleaning', 'drop', '--fault-rate', '0.5'], { cleaning: 'drop', faultRate: 0.5 }],
  ])('%j sets %j', (argv, expected) => {
    const o = parseCli(argv);
    expect(o.config).toEqual({ ...DEFAULT_CONFIG, ...expected });
  });

  it('reads --ticks, --json, --out and --help', () => {
    expect(parseCli(['--ticks', '5']).ticks).toBe(5);
    expect(parseCli(['--ticks', '1000']).ticks).toBe(1000);
    expect(parseCli(['--json']).json).toBe(true);
    expect(parseCli(['--out', '/tmp/x']).out).toBe('/tmp/x');
    expect(parseCli(['--help']).help).toBe(true);
  });

  it('combines flags', () => {
    const o = parseCli([
      '--seed',
      '3',
      '--rows',
      '2000',
      '--epochs',
      '2',
      '--scenario',
      'none',
      '--ticks',
      '9',
      '--json',
      '--out',
      'o',
    ]);
    expect(o.config).toMatchObject({ seed: 3, rows: 2000, epochs: 2, scenario: 'none' });
    expect(o).toMatchObject({ ticks: 9, json: true, out: 'o', help: false });
  });

  it('rejects an unknown flag', () => {
    expect(usageError(['--bogus']).message).toMatch(/--bogus/);
  });

  it('rejects a positional argument', () => {
    expect(() => parseCli(['extra'])).toThrow(UsageError);
  });

  it.each([
    [['--rows', '-5'], '--rows'],
    [['--rows=-5'], '--rows'],
    [['--rows', 'abc'], '--rows'],
    [['--rows', '99'], '--rows'],
    [['--rows', '1e4'], '--rows'],
    [['--epochs', '0'], '--epochs'],
    [['--epochs', '201'], '--epochs'],
    [['--scenario', 'bogus'], '--scenario'],
    [['--seed', '1.5'], '--seed'],
    [['--seed', '0'], '--seed'],
    [['--ticks', '0'], '--ticks'],
    [['--ticks', '1001'], '--ticks'],
    [['--ticks', 'many'], '--ticks'],
    [['--seed'], '--seed'],
    [['--fault-rate', '0.6'], '--fault-rate'],
    [['--fault-rate', '-0.1'], '--fault-rate'],
    [['--fault-rate', 'lots'], '--fault-rate'],
    [['--fault-rate', ''], '--fault-rate'],
    [['--cleaning', 'some'], '--cleaning'],
  ])('%j is a UsageError naming %s', (argv, flag) => {
    expect(usageError(argv).message).toContain(flag);
  });

  it('rejects an empty --out', () => {
    expect(usageError(['--out', '']).message).toMatch(/--out/);
  });
});

describe('parseCli: repeated flags and --force', () => {
  it('keeps the first value of a repeated flag (as the app’s links do) with a warning', () => {
    const o = parseCli(['--seed', '7', '--seed', '9', '--out', 'a', '--out=b']);
    expect(o.config.seed).toBe(7);
    expect(o.out).toBe('a');
    expect(o.warnings).toEqual([
      '--seed was given 2 times; using the first value, "7" (as the app\'s links do)',
      '--out was given 2 times; using the first value, "a" (as the app\'s links do)',
    ]);
    // The first value is the one range-checked, even when a later one would pass.
    expect(usageError(['--rows', '-5', '--rows', '600']).message).toMatch(/--rows/);
  });

  it('has no warnings without repeats, and --force only with --out', () => {
    expect(parseCli(['--rows', '600']).warnings).toEqual([]);
    expect(parseCli(['--out', 'x', '--force']).force).toBe(true);
    expect(usageError(['--force']).message).toBe('--force only applies with --out DIR');
  });
});
