/**
 * The run's configuration: every knob the learner can turn, with its range.
 * This registry is the single source of truth for defaults and limits: the CLI,
 * the URL hash and the UI sliders all validate against it.
 */

export const SCENARIOS = ['none', 'gradual', 'sudden', 'quality'] as const;
/** Stage 2: drop the faulty rows (the card), or skip cleaning (see skip-cleaning.ts for the treatment). */
export const CLEANING_CHOICES = ['drop', 'skip'] as const;
export type CleaningSetting = (typeof CLEANING_CHOICES)[number];
export const BACKEND_CHOICES = ['auto', 'webgl', 'wasm', 'cpu'] as const;
export type BackendSetting = (typeof BACKEND_CHOICES)[number];
export type Scenario = (typeof SCENARIOS)[number];

export interface NumericKnob {
  readonly kind: 'number';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly integer: boolean;
  readonly unit?: string;
}
export interface ChoiceKnob<T extends string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly options: readonly T[];
  readonly default: T;
}
export interface BooleanKnob {
  readonly kind: 'boolean';
  readonly label: string;
  readonly default: boolean;
}

export const KNOBS = {
  seed: { kind: 'number', label: 'Seed', min: 1, max: 2_147_483_647, default: 42, integer: true },
  rows: { kind: 'number', label: 'Rows', min: 100, max: 1_000_000, default: 10_000, integer: true },
  faultRate: { kind: 'number', label: 'Fault rate', min: 0, max: 0.5, default: 0.02, integer: false },
  cleaning: { kind: 'choice', label: 'Data cleaning', options: CLEANING_CHOICES, default: 'drop' },
  useEngineered: { kind: 'boolean', label: 'Use engineered features', default: true },
  epochs: { kind: 'number', label: 'Epochs', min: 1, max: 200, default: 5, integer: true },
  batchSize: { kind: 'number', label: 'Batch size', min: 8, max: 2048, default: 128, integer: true },
  learningRate: { kind: 'number', label: 'Learning rate', min: 0.0001, max: 1, default: 0.005, integer: false },
  hidden1: { kind: 'number', label: 'Hidden layer 1 units', min: 1, max: 256, default: 16, integer: true },
  hidden2: { kind: 'number', label: 'Hidden layer 2 units', min: 1, max: 256, default: 8, integer: true },
  threshold: { kind: 'number', label: 'Decision threshold', min: 0.01, max: 0.99, default: 0.5, integer: false },
  alertThreshold: {
    kind: 'number',
    label: 'Alert threshold (accuracy)',
    min: 0.5,
    max: 0.99,
    default: 0.8,
    integer: false,
  },
  latencyBudgetMs: { kind: 'number', label: 'Latency budget', min: 1, max: 10_000, default: 50, integer: false, unit: 'ms' },
  scenario: { kind: 'choice', label: 'Drift scenario', options: SCENARIOS, default: 'gradual' },
  backend: { kind: 'choice', label: 'Compute backend', options: BACKEND_CHOICES, default: 'auto' },
} as const satisfies Record<string, NumericKnob | ChoiceKnob<string> | BooleanKnob>;

export type KnobId = keyof typeof KNOBS;

export interface PipelineConfig {
  seed: number;
  rows: number;
  faultRate: number;
  cleaning: CleaningSetting;
  useEngineered: boolean;
  epochs: number;
  batchSize: number;
  learningRate: number;
  hidden1: number;
  hidden2: number;
  threshold: number;
  alertThreshold: number;
  latencyBudgetMs: number;
  scenario: Scenario;
  /** Where tfjs runs in the app ('auto' picks the fastest that works here); the CLI always uses cpu. */
  backend: BackendSetting;
}

/** The share of cleaned rows held out for validation (the card's 80/20 split). */
export const VALIDATION_SHARE = 0.2;

/** Settings that change the data (as opposed to training or serving): new values mean new data. */
export const DATA_KNOBS = ['seed', 'rows', 'faultRate', 'cleaning', 'useEngineered'] as const satisfies readonly KnobId[];

/** True when `prepared` exists and differs from `config` in a setting that changes the data. */
export function dataIsStale(config: PipelineConfig, prepared: PipelineConfig | null): boolean {
  return !!prepared && DATA_KNOBS.some((k) => config[k] !== prepared[k]);
}

export const DEFAULT_CONFIG: Readonly<PipelineConfig> = Object.freeze(
  Object.fromEntries(Object.entries(KNOBS).map(([k, v]) => [k, v.default])) as unknown as PipelineConfig,
);

/** Thrown for any configuration value outside its knob's range. */
export class ConfigError extends Error {
  readonly field: string;
  readonly value: unknown;
  constructor(field: string, value: unknown, reason: string) {
    super(`Invalid ${field}: ${formatValue(value)} — ${reason}`);
    this.name = 'ConfigError';
    this.field = field;
    this.value = value;
  }
}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** Why a single knob value is invalid, or null if it is valid. */
export function knobProblem(id: KnobId, value: unknown): string | null {
  const knob = KNOBS[id];
  if (knob.kind === 'boolean') return typeof value === 'boolean' ? null : 'must be true or false';
  if (knob.kind === 'choice') {
    return (knob.options as readonly unknown[]).includes(value) ? null : `must be one of ${knob.options.join(', ')}`;
  }
  if (typeof value !== 'number' || Number.isNaN(value)) return 'must be a number';
  if (!Number.isFinite(value)) return 'must be finite';
  if (knob.integer && !Number.isInteger(value)) return 'must be a whole number';
  if (value < knob.min || value > knob.max) return `must be between ${knob.min} and ${knob.max}`;
  return null;
}

/**
 * Merges `partial` over the defaults and validates every field.
 * @throws ConfigError naming the first invalid field.
 */
export function resolveConfig(partial: Partial<Record<KnobId, unknown>> = {}): PipelineConfig {
  const out: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const [key, value] of Object.entries(partial)) {
    if (!Object.hasOwn(KNOBS, key)) throw new ConfigError(key, value, 'unknown setting');
    if (value === undefined) continue;
    const problem = knobProblem(key as KnobId, value);
    if (problem) throw new ConfigError(key, value, problem);
    out[key] = value;
  }
  return out as unknown as PipelineConfig;
}

/** Clamps a numeric knob into range (used for URL values); returns the default for NaN. */
export function clampKnob(id: KnobId, value: number): number {
  const knob = KNOBS[id];
  if (knob.kind !== 'number') throw new Error(`${id} is not numeric`);
  if (Number.isNaN(value)) return knob.default;
  const v = Math.min(knob.max, Math.max(knob.min, value));
  return knob.integer ? Math.round(v) : v;
}
