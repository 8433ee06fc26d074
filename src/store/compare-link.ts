/**
 * Compare mode's run B in the link: `vs=epochs:40`, `vs=clean:skip,fault:0.3`,
 * `vs=package:uint8` — B's differences from A, each `key:value` with the same
 * short keys and the same range checks as the rest of the link. A value out of
 * range is clamped with a notice (as for A's settings); an unknown key or a
 * value that is not one is ignored with a notice that says so.
 */
import { clampKnob, KNOBS, type PipelineConfig } from '../pipeline/config';
import {
  COMPARE_KNOBS,
  NO_DIFF,
  PACKAGE_CHOICES,
  type CompareDiff,
  type CompareKnob,
  type PackageChoice,
} from '../pipeline/contrasts';
import { KEYS } from './link-keys';
import { quoteLinkValue as q, readLinkNumber } from './link-value';

/** More items than there are things B can change is not a comparison: the whole value is refused. */
const MAX_ITEMS = COMPARE_KNOBS.length + 1;

const knobByKey = new Map<string, CompareKnob>(COMPARE_KNOBS.map((k) => [KEYS[k], k]));

/** One knob's value from its link text, or a notice (why it was refused or how it was changed). */
function readValue(id: CompareKnob, text: string, notices: string[]): PipelineConfig[CompareKnob] | undefined {
  const knob = KNOBS[id];
  const where = `Compare: the link’s vs= value ${q(text)} for ${KEYS[id]}`;
  if (knob.kind === 'choice') {
    if ((knob.options as readonly string[]).includes(text)) return text as PipelineConfig[CompareKnob];
    notices.push(`${where} is not one of ${knob.options.join(', ')}; ignored.`);
    return undefined;
  }
  if (knob.kind === 'boolean') {
    if (text === '1' || text === '0') return text === '1';
    notices.push(`${where}: ${knob.label} takes 0 or 1; ignored.`);
    return undefined;
  }
  const read = readLinkNumber(text);
  if (!read.ok) {
    notices.push(`${where} is not a decimal number; ignored.`);
    return undefined;
  }
  const clamped = clampKnob(id, read.value);
  if (clamped !== read.value) notices.push(`${where} is outside ${knob.min}–${knob.max}; using ${clamped}.`);
  return clamped;
}

/** Reads `vs=` (first occurrence); problems are described in `notices`. Never throws. */
export function parseCompareDiff(params: URLSearchParams, notices: string[]): CompareDiff {
  const all = params.getAll('vs');
  if (all.length === 0) return NO_DIFF;
  if (all.length > 1) notices.push(`“vs” appeared ${all.length} times; the first value is used.`);
  const items = all[0]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length > MAX_ITEMS) {
    notices.push(`Compare: the link’s vs= value lists ${items.length} changes (at most ${MAX_ITEMS}); run B is the same as A.`);
    return NO_DIFF;
  }
  const knobs: Partial<Record<CompareKnob, unknown>> = {};
  let pkg: PackageChoice = 'float32';
  for (const item of items) {
    const colon = item.indexOf(':');
    const key = colon < 0 ? item : item.slice(0, colon);
    const text = colon < 0 ? '' : item.slice(colon + 1);
    if (key === 'package') {
      if ((PACKAGE_CHOICES as readonly string[]).includes(text)) pkg = text as PackageChoice;
      else notices.push(`Compare: the link’s package value ${q(text)} is not one of ${PACKAGE_CHOICES.join(', ')}; ignored.`);
      continue;
    }
    const id = knobByKey.get(key);
    if (!id) {
      notices.push(
        `Compare: the link’s vs= key ${q(key)} is not a setting run B can change (${[...knobByKey.keys(), 'package'].join(', ')}); ignored.`,
      );
      continue;
    }
    if (id in knobs) {
      notices.push(`Compare: ${q(key)} appeared more than once in vs=; the first value is used.`);
      continue;
    }
    const value = readValue(id, text, notices);
    if (value !== undefined) knobs[id] = value;
  }
  return { knobs: knobs as CompareDiff['knobs'], package: pkg };
}

/** Adds `vs=` for a non-empty difference, in COMPARE_KNOBS order (equal differences give equal links). */
export function formatCompareDiff(params: URLSearchParams, d: CompareDiff): void {
  const items: string[] = [];
  for (const id of COMPARE_KNOBS) {
    const v = d.knobs[id];
    if (v === undefined) continue;
    items.push(`${KEYS[id]}:${typeof v === 'boolean' ? (v ? '1' : '0') : String(v)}`);
  }
  if (d.package !== 'float32') items.push(`package:${d.package}`);
  if (items.length > 0) params.set('vs', items.join(','));
}
