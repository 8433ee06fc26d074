/**
 * Shareable runs: configuration (never results), step and view (learning mode,
 * classroom settings) in the URL hash, versioned and range-checked.
 * Out-of-range values are clamped with a notice, unknown keys are ignored, and
 * a malformed hash falls back to the defaults with a notice. Values are only
 * ever parsed as numbers or matched against fixed ids.
 */
import { clampKnob, DEFAULT_CONFIG, KNOBS, type KnobId, type PipelineConfig } from '../pipeline/config';
import { STEPS, type StepId } from '../content/steps';
import { parseCompareDiff, formatCompareDiff } from './compare-link';
import { beatsOf } from './beats';
import { KEYS } from './link-keys';
import { quoteLinkValue as q, readLinkNumber } from './link-value';
import { NO_DIFF, type CompareDiff } from '../pipeline/contrasts';
import { FIX_SCENARIO_IDS, isFixScenario, type FixScenarioId } from '../pipeline/fix-plants';
import { DEFAULT_VIEW, formatView, parseView, type ViewSettings } from './view-settings';

export const HASH_VERSION = 1;

export interface HashState extends ViewSettings {
  readonly config: PipelineConfig;
  readonly step: number;
  /** Compare mode's run B, as its differences from A (`vs=`); NO_DIFF when the link has none. */
  readonly vs: CompareDiff;
  /** Fix-it mode's scenario (`bug=`); null when the link names none. */
  readonly bug: FixScenarioId | null;
  /**
   * Present mode's beat of the step (`beat=`, 1-based in the link; 0-based here). 0 when the link
   * has none or is not in present mode. Optional so a hand-built link state may leave it out.
   */
  readonly beat?: number;
  /** What was wrong with the hash, in words a learner understands (empty when all was fine). */
  readonly notices: string[];
}

const MAX_HASH = 2000;

/** Reads a hash such as "#v=1&seed=7&epochs=10&step=trace&mode=present&hide=knobs,quiz". Never throws. */
export function parseHash(hash: string): HashState {
  const notices: string[] = [];
  const defaults: HashState = { config: { ...DEFAULT_CONFIG }, step: 0, vs: NO_DIFF, bug: null, ...DEFAULT_VIEW, notices };
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.trim() === '') return defaults;
  if (raw.length > MAX_HASH) {
    notices.push(`The link was too long (${raw.length.toLocaleString('en-US')} characters), so the default settings are used.`);
    return defaults;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    notices.push('The link could not be read, so the default settings are used.');
    return defaults;
  }
  const version = params.get('v');
  if (version !== null && version !== String(HASH_VERSION)) {
    notices.push(
      `The link is from another version of Pipeline Lab (v=${version.slice(0, 10)}); settings were read where they still fit.`,
    );
  }
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const id of Object.keys(KNOBS) as KnobId[]) {
    const values = params.getAll(KEYS[id]);
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(`“${KEYS[id]}” appeared ${values.length} times; the first value is used.`);
    const text = values[0].trim();
    const knob = KNOBS[id];
    if (knob.kind === 'choice') {
      if ((knob.options as readonly string[]).includes(text)) config[id] = text;
      else
        notices.push(
          `${knob.label}: the link’s ${KEYS[id]}= value ${q(text)} is not one of ${knob.options.join(', ')}; using ${knob.default}.`,
        );
    } else if (knob.kind === 'boolean') {
      if (text === '1' || text === '0') config[id] = text === '1';
      else notices.push(`${knob.label}: expected 0 or 1; using ${knob.default ? 1 : 0}.`);
    } else {
      const read = readLinkNumber(text);
      const where = `${knob.label}: the link’s ${KEYS[id]}= value ${q(text)}`;
      if (!read.ok) {
        const why = read.reason === 'empty' ? 'is empty' : 'is not a decimal number';
        notices.push(`${where} ${why}; using ${knob.default}.`);
        config[id] = knob.default;
        continue;
      }
      const n = read.value;
      const clamped = clampKnob(id, n);
      if (knob.integer && !Number.isInteger(n) && n >= knob.min && n <= knob.max)
        notices.push(`${where} is not a whole number; using ${clamped}.`);
      else if (clamped !== n) notices.push(`${where} is outside ${knob.min}–${knob.max}; using ${clamped}.`);
      // Exponents are ordinary for small fractions (the app writes 1e-7 itself); for whole-number knobs, say how one was read.
      else if (read.exponent && knob.integer) notices.push(`${where} was read as ${clamped.toLocaleString('en-US')}.`);
      config[id] = clamped;
    }
  }
  let step = 0;
  const stepText = params.get('step');
  if (stepText !== null) {
    const index = STEPS.findIndex((s) => s.id === stepText);
    if (index >= 0) step = index;
    else notices.push(`The link’s step= value ${q(stepText)} names no step; starting at the first step.`);
  }
  const view = parseView(params, notices);
  const vs = parseCompareDiff(params, notices);
  const bug = parseBug(params, notices);
  const beat = view.mode === 'present' ? parseBeat(params, step, notices) : 0;
  return { config: config as unknown as PipelineConfig, step, vs, bug, beat, ...view, notices };
}

/** The hash for a configuration, step and view: only values that differ from the defaults, plus the version. */
export function formatHash(
  config: PipelineConfig,
  step: number,
  view: ViewSettings = DEFAULT_VIEW,
  vs: CompareDiff = NO_DIFF,
  bug: FixScenarioId | null = null,
  beat = 0,
): string {
  const params = new URLSearchParams();
  params.set('v', String(HASH_VERSION));
  for (const id of Object.keys(KNOBS) as KnobId[]) {
    const value = config[id];
    if (value === DEFAULT_CONFIG[id]) continue;
    params.set(KEYS[id], typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  const stepId: StepId | undefined = STEPS[step]?.id;
  if (stepId && step > 0) params.set('step', stepId);
  formatView(params, view);
  // B's differences mean something only in compare mode: other modes leave them out of the link.
  if (view.mode === 'compare') formatCompareDiff(params, vs);
  if (view.mode === 'fix' && bug) params.set('bug', bug);
  // The slide's beat, so a reload or a shared link opens the same beat (present mode only; the first beat is the default).
  if (view.mode === 'present' && beat > 0 && beat < beatsOf(step).length) params.set('beat', String(beat + 1));
  return `#${params.toString()}`;
}

/** Present mode's beat from `beat=` (1-based, a whole number within the step's beats); else the first beat, with a notice. */
function parseBeat(params: URLSearchParams, step: number, notices: string[]): number {
  const all = params.getAll('beat');
  if (all.length === 0) return 0;
  if (all.length > 1) notices.push(`“beat” appeared ${all.length} times; the first value is used.`);
  const text = all[0].trim();
  const count = beatsOf(step).length;
  const read = readLinkNumber(text);
  if (read.ok && Number.isInteger(read.value) && read.value >= 1 && read.value <= count) return read.value - 1;
  const title = STEPS[step]?.title ?? 'this step';
  notices.push(`The link’s beat= value ${q(text)} is not a beat of ${title} (1–${count}); starting at its first beat.`);
  return 0;
}

/** Fix-it's scenario from `bug=` (first occurrence); an unknown one is refused with a notice. */
function parseBug(params: URLSearchParams, notices: string[]): FixScenarioId | null {
  const all = params.getAll('bug');
  if (all.length === 0) return null;
  if (all.length > 1) notices.push(`“bug” appeared ${all.length} times; the first value is used.`);
  const text = all[0].trim();
  if (isFixScenario(text)) return text;
  notices.push(
    `The link’s bug= value ${q(text)} is not a Fix-it scenario (${FIX_SCENARIO_IDS.join(', ')}); pick one in the list.`,
  );
  return null;
}
