import fc from 'fast-check';
import {
  BACKEND_CHOICES,
  CLEANING_CHOICES,
  DEFAULT_CONFIG,
  KNOBS,
  SCENARIOS,
  type PipelineConfig,
} from '../../src/pipeline/config';
import { STEPS } from '../../src/content/steps';
import { beatsOf } from '../../src/store/beats';
import { formatHash, parseHash } from '../../src/store/url-hash';
import { DEFAULT_MODE, HIDE_GROUPS, LEARNING_MODES } from '../../src/store/mode-registry';
import type { ViewSettings } from '../../src/store/view-settings';

/** Any valid configuration the knob registry allows. */
const configArb: fc.Arbitrary<PipelineConfig> = fc.record({
  seed: fc.integer({ min: 1, max: 2_147_483_647 }),
  rows: fc.integer({ min: 100, max: 1_000_000 }),
  faultRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  cleaning: fc.constantFrom(...CLEANING_CHOICES),
  useEngineered: fc.boolean(),
  epochs: fc.integer({ min: 1, max: 200 }),
  batchSize: fc.integer({ min: 8, max: 2048 }),
  learningRate: fc.double({ min: 0.0001, max: 1, noNaN: true }),
  hidden1: fc.integer({ min: 1, max: 256 }),
  hidden2: fc.integer({ min: 1, max: 256 }),
  threshold: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  alertThreshold: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
  latencyBudgetMs: fc.double({ min: 1, max: 10_000, noNaN: true }),
  scenario: fc.constantFrom(...SCENARIOS),
  backend: fc.constantFrom(...BACKEND_CHOICES),
});

/** Any mode and any set of hidden control groups, in canonical order, embedded or not. */
const viewArb: fc.Arbitrary<ViewSettings> = fc.record({
  mode: fc.constantFrom(...LEARNING_MODES),
  hidden: fc.subarray([...HIDE_GROUPS]),
  embed: fc.boolean(),
});

describe('URL hash', () => {
  it('round-trips every valid configuration, step, mode and classroom setting exactly, with no notices', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: STEPS.length - 1 }), viewArb, (config, step, view) => {
        const parsed = parseHash(formatHash(config, step, view));
        expect(parsed.config).toEqual(config);
        expect(parsed.step).toBe(step);
        expect(parsed.mode).toBe(view.mode);
        expect(parsed.hidden).toEqual(view.hidden);
        expect(parsed.embed).toBe(view.embed);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the mode and classroom settings only when they differ from the defaults', () => {
    expect(formatHash(DEFAULT_CONFIG, 0, { mode: DEFAULT_MODE, hidden: [], embed: false })).toBe('#v=1');
    expect(formatHash(DEFAULT_CONFIG, 0, { mode: DEFAULT_MODE, hidden: [], embed: true })).toBe('#v=1&embed=1');
    expect(formatHash(DEFAULT_CONFIG, 8, { mode: 'present', hidden: ['quiz', 'knobs', 'quiz'], embed: false })).toBe(
      '#v=1&step=quiz&mode=present&hide=knobs%2Cquiz',
    );
    const s = parseHash('#v=1&mode=present&hide=quiz,knobs');
    expect(s).toMatchObject({ mode: 'present', hidden: ['knobs', 'quiz'], notices: [] });
    expect(parseHash('#v=1')).toMatchObject({ mode: DEFAULT_MODE, hidden: [] });
  });

  it('reads embed=1 and refuses other embed values with a notice', () => {
    expect(parseHash('#v=1&embed=1')).toMatchObject({ embed: true, notices: [] });
    expect(parseHash('#v=1&embed=0')).toMatchObject({ embed: false, notices: [] });
    const s = parseHash('#v=1&embed=<b>yes</b>');
    expect(s.embed).toBe(false);
    expect(s.notices).toEqual([expect.stringMatching(/embed= value .* is not 1 or 0; showing the full app/)]);
  });

  it('refuses unknown modes and hide groups with a notice, and uses the first of repeated keys', () => {
    const s = parseHash('#mode=<script>alert(1)</script>&hide=knobs,<b>x</b>,,flow');
    expect(s.mode).toBe(DEFAULT_MODE);
    expect(s.hidden).toEqual(['knobs', 'flow']);
    expect(s.notices).toHaveLength(2);
    expect(s.notices[0]).toBe(
      'The link’s mode= value (25 characters, not shown) is not a mode (guided, explore, predict, present, compare, fix, code, quiz, review); using guided.',
    );
    expect(s.notices[1]).toMatch(/the link’s hide= value \(8 characters, not shown\) cannot be hidden/);
    const r = parseHash('#mode=quiz&mode=present&hide=flow&hide=knobs');
    expect(r).toMatchObject({ mode: 'quiz', hidden: ['flow'] });
    expect(r.notices).toEqual([
      '“mode” appeared 2 times; the first value is used.',
      '“hide” appeared 2 times; the first value is used.',
    ]);
  });

  it('writes only what differs from the defaults, with a schema version', () => {
    expect(formatHash(DEFAULT_CONFIG, 0)).toBe('#v=1');
    expect(formatHash({ ...DEFAULT_CONFIG, seed: 7 }, 3)).toBe('#v=1&seed=7&step=training');
  });

  it('clamps out-of-range values and says so', () => {
    const s = parseHash('#v=1&rows=-5&epochs=100000&lr=2');
    expect(s.config.rows).toBe(KNOBS.rows.min);
    expect(s.config.epochs).toBe(KNOBS.epochs.max);
    expect(s.config.learningRate).toBe(1);
    expect(s.notices).toHaveLength(3);
    expect(s.notices[0]).toBe('Rows: the link’s rows= value «-5» is outside 100–1000000; using 100.');
  });

  it('rounds fractional whole-number knobs, saying they are not whole numbers, and falls back on NaN', () => {
    const s = parseHash('#epochs=7.6&seed=NaN&batch=');
    expect(s.config.epochs).toBe(8);
    expect(s.config.seed).toBe(DEFAULT_CONFIG.seed);
    expect(s.config.batchSize).toBe(DEFAULT_CONFIG.batchSize);
    expect(s.notices).toEqual([
      'Seed: the link’s seed= value «NaN» is not a decimal number; using 42.',
      'Epochs: the link’s epochs= value «7.6» is not a whole number; using 8.',
      'Batch size: the link’s batch= value (empty) is empty; using 128.',
    ]);
  });

  it('says seed=1.5 is not a whole number (it is inside the range)', () => {
    const s = parseHash('#seed=1.5');
    expect(s.config.seed).toBe(2);
    expect(s.notices).toEqual(['Seed: the link’s seed= value «1.5» is not a whole number; using 2.']);
  });

  it('refuses hexadecimal and other non-decimal numbers, and says how an exponent was read', () => {
    const hex = parseHash('#seed=0x10&epochs=Infinity&h1=0b101');
    expect(hex.config).toMatchObject({ seed: 42, epochs: 5, hidden1: 16 });
    expect(hex.notices).toEqual([
      'Seed: the link’s seed= value «0x10» is not a decimal number; using 42.',
      'Epochs: the link’s epochs= value «Infinity» is not a decimal number; using 5.',
      'Hidden layer 1 units: the link’s h1= value «0b101» is not a decimal number; using 16.',
    ]);
    const exp = parseHash('#rows=1e5&lr=5e-3');
    expect(exp.config).toMatchObject({ rows: 100_000, learningRate: 0.005 });
    expect(exp.notices).toEqual(['Rows: the link’s rows= value «1e5» was read as 100,000.']);
  });

  it('quotes at most a short, delimited token of the link, never a sentence of its choosing', () => {
    const crafted = 'There is a problem with your account, call 555-0100';
    const s = parseHash(`#step=${encodeURIComponent(crafted)}&scenario=${encodeURIComponent('Your session expired')}`);
    expect(s.notices).toEqual([
      'Drift scenario: the link’s scenario= value (20 characters, not shown) is not one of none, gradual, sudden, quality; using gradual.',
      'The link’s step= value (51 characters, not shown) names no step; starting at the first step.',
    ]);
    for (const n of s.notices) expect(n).not.toMatch(/problem|account|expired/);
    expect(parseHash('#step=tranining').notices).toEqual([
      'The link’s step= value «tranining» names no step; starting at the first step.',
    ]);
  });

  it('ignores unknown keys and uses the first of repeated keys', () => {
    const s = parseHash('#foo=1&seed=5&seed=9&__proto__=x&constructor=1');
    expect(s.config.seed).toBe(5);
    expect(s.notices).toEqual(['“seed” appeared 2 times; the first value is used.']);
    expect(Object.keys(s.config).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
  });

  it('never throws on hostile input and never returns an invalid configuration', () => {
    const hostile = [
      '#<script>alert(1)</script>',
      '#seed=<img src=x onerror=alert(1)>',
      '#scenario=<b>bold</b>',
      '#step=%3Cscript%3E',
      '#%E0%A4%A',
      '#seed=1e309&rows=Infinity&fault=-Infinity',
      '#' + 'a'.repeat(5000),
      '#&&&===&&',
      '#v=999&eng=yes',
      '#mode=' + 'x'.repeat(1900),
      '#hide=' + 'knobs,'.repeat(300),
      '#mode=NaN&hide=-1,1e309,__proto__',
    ];
    for (const h of hostile) {
      const s = parseHash(h);
      for (const [k, v] of Object.entries(s.config)) {
        const knob = KNOBS[k as keyof typeof KNOBS];
        if (knob.kind === 'number') {
          expect(Number.isFinite(v)).toBe(true);
          expect(v as number).toBeGreaterThanOrEqual(knob.min);
          expect(v as number).toBeLessThanOrEqual(knob.max);
        }
      }
      expect(SCENARIOS).toContain(s.config.scenario);
      expect(s.step).toBeGreaterThanOrEqual(0);
      expect(LEARNING_MODES).toContain(s.mode);
      for (const g of s.hidden) expect(HIDE_GROUPS).toContain(g);
      for (const n of s.notices) expect(n.length).toBeLessThan(400);
    }
    expect(parseHash('#' + 'a'.repeat(5000)).notices[0]).toMatch(/too long/);
  });

  it('survives any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const s = parseHash('#' + text);
        expect(SCENARIOS).toContain(s.config.scenario);
        expect(LEARNING_MODES).toContain(s.mode);
        expect(Number.isInteger(s.config.rows)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips present mode’s beat of every step (beat= is 1-based) and leaves the first beat and other modes out', () => {
    const present: ViewSettings = { mode: 'present', hidden: [] };
    for (let step = 0; step < STEPS.length - 1; step++) {
      for (let beat = 0; beat < beatsOf(step).length; beat++) {
        const hash = formatHash(DEFAULT_CONFIG, step, present, undefined, null, beat);
        expect(hash.includes('beat='), hash).toBe(beat > 0);
        if (beat > 0) expect(hash).toContain(`beat=${beat + 1}`);
        expect(parseHash(hash)).toMatchObject({ step, beat, notices: [] });
      }
    }
    expect(formatHash(DEFAULT_CONFIG, 3, { mode: 'explore', hidden: [] }, undefined, null, 2)).not.toContain('beat=');
    // Another mode's link ignores a beat (it has no slides).
    expect(parseHash('#v=1&mode=explore&step=training&beat=2')).toMatchObject({ beat: 0, notices: [] });
  });

  it('refuses a beat the step does not have, or one that is not a whole number, with a notice', () => {
    const training = STEPS.findIndex((s) => s.id === 'training');
    const n = beatsOf(training).length;
    for (const bad of ['0', String(n + 1), '99', '-1', '1.5', '2e0x', 'Infinity', '0x2', '', '<script>']) {
      const s = parseHash(`#v=1&mode=present&step=training&beat=${encodeURIComponent(bad)}`);
      expect(s.beat, bad).toBe(0);
      expect(s.notices, bad).toHaveLength(1);
      expect(s.notices[0], bad).toMatch(
        new RegExp(`beat= value .* is not a beat of Model Training \\(1–${n}\\); starting at its first beat`),
      );
      expect(s.notices[0]).not.toContain('<script>');
    }
    expect(parseHash('#v=1&mode=present&step=training&beat=2&beat=3')).toMatchObject({
      beat: 1,
      notices: [expect.stringMatching(/appeared 2 times/)],
    });
  });
});
