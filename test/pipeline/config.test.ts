import {
  BACKEND_CHOICES,
  clampKnob,
  ConfigError,
  DEFAULT_CONFIG,
  KNOBS,
  knobProblem,
  resolveConfig,
  SCENARIOS,
  VALIDATION_SHARE,
  type KnobId,
} from '../../src/pipeline/config';

/** Calls resolveConfig and returns the ConfigError it throws (fails the test if none). */
function configError(partial: Record<string, unknown>): ConfigError {
  try {
    resolveConfig(partial as Parameters<typeof resolveConfig>[0]);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`resolveConfig(${JSON.stringify(partial)}) did not throw`);
}

describe('resolveConfig', () => {
  it('returns the card defaults when given nothing', () => {
    const c = resolveConfig();
    expect(c).toEqual({
      seed: 42,
      rows: 10_000,
      faultRate: 0.02,
      cleaning: 'drop',
      useEngineered: true,
      epochs: 5,
      batchSize: 128,
      learningRate: 0.005,
      hidden1: 16,
      hidden2: 8,
      threshold: 0.5,
      alertThreshold: 0.8,
      latencyBudgetMs: 50,
      scenario: 'gradual',
      backend: 'auto',
    });
    expect(Object.keys(c).sort()).toEqual(Object.keys(KNOBS).sort());
    expect(resolveConfig({})).toEqual(c);
    expect(VALIDATION_SHARE).toBe(0.2);
  });

  it('DEFAULT_CONFIG has every knob at its default and cannot be changed', () => {
    for (const id of Object.keys(KNOBS) as KnobId[]) expect(DEFAULT_CONFIG[id]).toBe(KNOBS[id].default);
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
  });

  it('every default passes its own knob check', () => {
    for (const id of Object.keys(KNOBS) as KnobId[]) expect(knobProblem(id, KNOBS[id].default)).toBeNull();
  });

  it('merges valid values over the defaults without touching the defaults', () => {
    const c = resolveConfig({ seed: 7, rows: 100, faultRate: 0.5, scenario: 'quality', useEngineered: false, epochs: 200 });
    expect(c).toMatchObject({ seed: 7, rows: 100, faultRate: 0.5, scenario: 'quality', useEngineered: false, epochs: 200 });
    expect(c.batchSize).toBe(128);
    expect(c).not.toBe(DEFAULT_CONFIG);
    c.rows = 5;
    expect(DEFAULT_CONFIG.rows).toBe(10_000);
  });

  it('accepts the ends of every numeric range', () => {
    for (const [id, knob] of Object.entries(KNOBS)) {
      if (knob.kind !== 'number') continue;
      expect(resolveConfig({ [id]: knob.min })[id as KnobId]).toBe(knob.min);
      expect(resolveConfig({ [id]: knob.max })[id as KnobId]).toBe(knob.max);
    }
  });

  it('skips undefined values (keeps the default)', () => {
    expect(resolveConfig({ rows: undefined, scenario: undefined }).rows).toBe(10_000);
  });

  it.each([
    [{ rows: -5 }, 'rows', /must be between 100 and 1000000/],
    [{ rows: 99 }, 'rows', /must be between 100 and 1000000/],
    [{ rows: 1_000_001 }, 'rows', /must be between 100 and 1000000/],
    [{ faultRate: 1.2 }, 'faultRate', /must be between 0 and 0\.5/],
    [{ faultRate: 0.51 }, 'faultRate', /must be between 0 and 0\.5/],
    [{ faultRate: -0.01 }, 'faultRate', /must be between 0 and 0\.5/],
    [{ epochs: 0 }, 'epochs', /must be between 1 and 200/],
    [{ learningRate: NaN }, 'learningRate', /must be a number/],
    [{ seed: NaN }, 'seed', /must be a number/],
    [{ rows: Infinity }, 'rows', /must be finite/],
    [{ latencyBudgetMs: -Infinity }, 'latencyBudgetMs', /must be finite/],
    [{ rows: 1000.5 }, 'rows', /must be a whole number/],
    [{ seed: 0 }, 'seed', /must be between 1 and 2147483647/],
    [{ rows: '10000' }, 'rows', /must be a number/],
    [{ useEngineered: 'yes' }, 'useEngineered', /must be true or false/],
    [{ scenario: 'storm' }, 'scenario', /must be one of none, gradual, sudden, quality/],
    [{ scenario: 3 }, 'scenario', /must be one of/],
    [{ backend: 'gpu' }, 'backend', /must be one of auto, webgl, wasm, cpu/],
    [{ colour: 'red' }, 'colour', /unknown setting/],
  ])('rejects %j with a ConfigError naming %s', (partial, field, why) => {
    const e = configError(partial);
    expect(e.name).toBe('ConfigError');
    expect(e.field).toBe(field);
    expect(e.value).toBe(Object.values(partial)[0]);
    expect(e.message).toContain(`Invalid ${field}`);
    expect(e.message).toMatch(why);
  });

  it('shows the offending value in the message (strings quoted)', () => {
    expect(configError({ rows: -5 }).message).toBe('Invalid rows: -5 — must be between 100 and 1000000');
    expect(configError({ scenario: 'storm' }).message).toContain('"storm"');
    expect(configError({ faultRate: NaN }).message).toContain('NaN');
  });

  it('names the first invalid field when several are wrong', () => {
    expect(configError({ seed: 3, rows: -1, epochs: 0 }).field).toBe('rows');
  });

  it('accepts every scenario and backend', () => {
    for (const s of SCENARIOS) expect(resolveConfig({ scenario: s }).scenario).toBe(s);
    for (const b of BACKEND_CHOICES) expect(resolveConfig({ backend: b }).backend).toBe(b);
  });

  // Names inherited from Object.prototype are not settings (`key in KNOBS` would accept them).
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('rejects the inherited name %s as unknown', (key) => {
    expect(configError({ [key]: 5 }).message).toMatch(/unknown setting/);
  });
});

describe('knobProblem', () => {
  it('returns null for valid values and a reason for invalid ones', () => {
    expect(knobProblem('threshold', 0.3)).toBeNull();
    expect(knobProblem('threshold', 0)).toBe('must be between 0.01 and 0.99');
    expect(knobProblem('batchSize', 32.5)).toBe('must be a whole number');
    expect(knobProblem('learningRate', 0.0123)).toBeNull();
    expect(knobProblem('useEngineered', false)).toBeNull();
    expect(knobProblem('useEngineered', 0)).toBe('must be true or false');
  });
});

describe('clampKnob', () => {
  it('clamps into range', () => {
    expect(clampKnob('rows', 5)).toBe(100);
    expect(clampKnob('rows', -1e9)).toBe(100);
    expect(clampKnob('rows', 2_000_000)).toBe(1_000_000);
    expect(clampKnob('faultRate', 0.7)).toBe(0.5);
    expect(clampKnob('faultRate', -1)).toBe(0);
    expect(clampKnob('threshold', 1)).toBe(0.99);
  });

  it('rounds integer knobs and leaves fractional knobs alone', () => {
    expect(clampKnob('rows', 1234.6)).toBe(1235);
    expect(clampKnob('rows', 1234.4)).toBe(1234);
    expect(clampKnob('epochs', 0.2)).toBe(1);
    expect(clampKnob('faultRate', 0.0234)).toBe(0.0234);
    expect(clampKnob('learningRate', 0.00123)).toBe(0.00123);
  });

  it('maps NaN to the default and ±Infinity to the ends', () => {
    expect(clampKnob('rows', NaN)).toBe(10_000);
    expect(clampKnob('faultRate', NaN)).toBe(0.02);
    expect(clampKnob('seed', NaN)).toBe(42);
    expect(clampKnob('rows', Infinity)).toBe(1_000_000);
    expect(clampKnob('rows', -Infinity)).toBe(100);
  });

  it('always returns a value resolveConfig accepts', () => {
    for (const [id, knob] of Object.entries(KNOBS)) {
      if (knob.kind !== 'number') continue;
      for (const v of [-1e12, -1, 0, 0.5, 1.5, 77.7, 1e12, NaN, Infinity]) {
        const clamped = clampKnob(id as KnobId, v);
        expect(knobProblem(id as KnobId, clamped), `${id} ${v} → ${clamped}`).toBeNull();
      }
    }
  });

  it('refuses non-numeric knobs', () => {
    expect(() => clampKnob('scenario', 1)).toThrow(/not numeric/);
    expect(() => clampKnob('useEngineered', 1)).toThrow(/not numeric/);
    expect(() => clampKnob('backend', 1)).toThrow(/not numeric/);
  });
});
