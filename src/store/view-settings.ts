/**
 * How the app is shown, as ids the store and the URL hold: the learning mode
 * and the classroom settings (control groups an instructor hides). The ids
 * come from the mode registry: a mode is valid exactly when it has an entry.
 */
import { DEFAULT_MODE, HIDE_GROUPS, isLearningMode, LEARNING_MODES, type HideGroup, type LearningMode } from './mode-registry';
import { quoteLinkValue } from './link-value';

export const isHideGroup = (text: string): text is HideGroup => (HIDE_GROUPS as readonly string[]).includes(text);

/** Known groups only, each once, in canonical order (so equal sets give equal links). */
export function normaliseHidden(groups: Iterable<string>): HideGroup[] {
  const wanted = new Set(groups);
  return HIDE_GROUPS.filter((g) => wanted.has(g));
}

export interface ViewSettings {
  readonly mode: LearningMode;
  readonly hidden: readonly HideGroup[];
  /** `embed=1`: chrome-less, for an iframe in a course page (no header or toolbar; a link out to the full app). Absent: false. */
  readonly embed?: boolean;
}

export const DEFAULT_VIEW: ViewSettings = Object.freeze({ mode: DEFAULT_MODE, hidden: Object.freeze([]), embed: false });

/** Reads `mode` and `hide` from a link's parameters; problems are described in `notices`. */
export function parseView(params: URLSearchParams, notices: string[]): ViewSettings {
  let mode = DEFAULT_MODE;
  const modes = params.getAll('mode');
  if (modes.length > 1) notices.push(`“mode” appeared ${modes.length} times; the first value is used.`);
  if (modes.length > 0) {
    const text = modes[0].trim();
    if (isLearningMode(text)) mode = text;
    else
      notices.push(
        `The link’s mode= value ${quoteLinkValue(text)} is not a mode (${LEARNING_MODES.join(', ')}); using ${DEFAULT_MODE}.`,
      );
  }
  const hides = params.getAll('hide');
  if (hides.length > 1) notices.push(`“hide” appeared ${hides.length} times; the first value is used.`);
  const items = hides.length > 0 ? hides[0].split(',').map((s) => s.trim()) : [];
  const unknown = items.filter((s) => s !== '' && !isHideGroup(s));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map(quoteLinkValue);
    notices.push(
      `Classroom settings: the link’s hide= value${unknown.length === 1 ? '' : 's'} ${shown.join(', ')}${unknown.length > 3 ? ' …' : ''} cannot be hidden (known: ${HIDE_GROUPS.join(', ')}); ignored.`,
    );
  }
  const embeds = params.getAll('embed');
  const embedText = embeds[0]?.trim();
  if (embedText !== undefined && embedText !== '1' && embedText !== '0')
    notices.push(`The link’s embed= value ${quoteLinkValue(embedText)} is not 1 or 0; showing the full app.`);
  return { mode, hidden: normaliseHidden(items), embed: embedText === '1' };
}

/** Adds the view to a link's parameters: only what differs from the defaults. */
export function formatView(params: URLSearchParams, view: ViewSettings): void {
  if (view.mode !== DEFAULT_MODE) params.set('mode', view.mode);
  const hidden = normaliseHidden(view.hidden);
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  if (view.embed) params.set('embed', '1');
}
