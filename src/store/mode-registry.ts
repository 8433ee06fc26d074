/**
 * Learning modes as data. Each mode is one entry: which steps it visits and in
 * what order, which sections of the page it shows, what opens each step and
 * how Next behaves. The classroom settings (`hide=`) switch off control groups
 * through the same lookup, so every view asks one question — `shows(section)`
 * (see use-view.ts) — and no stylesheet hides anything by mode.
 *
 * Adding a mode: add its words to MODE_TEXT (content/modes.ts), an entry here,
 * and any views of its own (a new section id or step opening for them to ask
 * about). The URL accepts a mode id exactly when it has an entry.
 */
import { HIDE_LABELS, MODE_TEXT, type ModeText } from '../content/modes';
import { STEPS, WALK_STEPS, type StepId } from '../content/steps';
import { STAGE_IDS } from '../pipeline/summary';

/** Control groups the classroom settings can hide, in the order the URL lists them. */
export const HIDE_GROUPS = Object.keys(HIDE_LABELS) as (keyof typeof HIDE_LABELS)[];
export type HideGroup = keyof typeof HIDE_LABELS;

/** The parts of the page a mode decides on, with the classroom group (if any) that can hide each. */
export const SECTIONS = {
  /** The title, introduction and toolbar (mode, Copy link, shortcuts); an embedded view (`embed=1`) leaves them out. */
  'app-header': null,
  /** The app's one-paragraph introduction under the title. */
  intro: 'intro',
  /** A step's own introductory paragraph (e.g. the trace's). */
  'step-intro': 'intro',
  stepper: null,
  'flow-strip': 'flow',
  /** Back/Next buttons and the ← → keys. */
  'step-nav': null,
  'collection-knobs': 'knobs',
  'cleaning-knobs': 'knobs',
  'features-switch': 'knobs',
  'training-knobs': 'knobs',
  'threshold-slider': 'knobs',
  'monitor-controls': 'knobs',
  'train-buttons': 'train',
  /** The quiz step and the checkpoint at the end of each stage. */
  quiz: 'quiz',
  'presenter-bar': null,
  /** Space, D and F: the presenter's keys. */
  'presenter-keys': null,
  /** The line saying what the classroom settings hide, with "Show everything". */
  'hidden-note': null,
  'mode-about': null,
  /** The guided path's minutes per step, the total and "you are here". */
  'step-times': null,
  /** Compare mode's two runs side by side (above every step). */
  'compare-panel': null,
  /** Code mode's snippets: the stage in TensorFlow.js and Python, filled in with the run's numbers (stages only). */
  'code-panel': null,
  /** Fix-it mode's scenario: the symptom, the two questions, the fix and the debrief (above every step). */
  'fix-panel': null,
} as const satisfies Readonly<Record<string, HideGroup | null>>;
export type SectionId = keyof typeof SECTIONS;

/** What opens each step: nothing, or the guide saying what the step teaches. */
export type StepOpening = 'none' | 'guide';

/**
 * How a step is laid out. 'full': the step as a scrolling page with every part; 'focused': the guided step (hook, prompt, one
 * picture, the rest behind a disclosure); 'slides': one main visual per beat, full screen (app/slides/).
 */
export type StepLayout = 'full' | 'focused' | 'slides';

/** Predict-first prompts: none; offered and skippable; or a committed guess before each stage's result. */
export type PredictPolicy = 'off' | 'optional' | 'required';

export interface ModeEntry {
  readonly text: ModeText;
  /** The steps this mode visits, in order (the stepper lists them; Next and Back walk them). */
  readonly steps: readonly StepId[];
  /** The sections this mode shows (before the classroom settings hide any). */
  readonly shows: readonly SectionId[];
  readonly opening: StepOpening;
  /** 'next-step': Next goes to the following step of `steps`; 'none': there is no Next. */
  readonly next: 'next-step' | 'none';
  readonly layout: StepLayout;
  readonly predict: PredictPolicy;
  /** The title and intro collapse to one line on every step but the mode's first. */
  readonly compactShell: boolean;
}

const ALL_STEPS = WALK_STEPS.map((s) => s.id);
const SHARED: readonly SectionId[] = [
  'app-header',
  'intro',
  'step-intro',
  'stepper',
  'flow-strip',
  'step-nav',
  'cleaning-knobs',
  'features-switch',
  'threshold-slider',
  'monitor-controls',
  'train-buttons',
  'quiz',
];

/** What most modes are: every section of a step on one page, no predict prompt, Next goes on, the full shell. */
const FULL_PAGE = { opening: 'none', next: 'next-step', layout: 'full', predict: 'off', compactShell: false } as const;

export const MODES = {
  guided: {
    text: MODE_TEXT.guided,
    steps: ALL_STEPS,
    // The model's advanced settings stay out of the way; the data and the run's own controls remain.
    // The guide and the hook stand in for a step's own introduction; no data-flow strip: the timed
    // path is the map, and the strip's shapes would answer the cleaning prompt before the guess.
    shows: SHARED.filter((s) => s !== 'step-intro' && s !== 'flow-strip').concat(['hidden-note', 'mode-about', 'step-times']),
    opening: 'guide',
    next: 'next-step',
    layout: 'focused',
    predict: 'optional',
    compactShell: true,
  },
  explore: {
    text: MODE_TEXT.explore,
    steps: ALL_STEPS,
    shows: [...SHARED, 'collection-knobs', 'training-knobs', 'hidden-note', 'mode-about'],
    ...FULL_PAGE,
  },
  predict: {
    text: MODE_TEXT.predict,
    steps: ALL_STEPS,
    // No data-flow strip: its shapes would give away what cleaning drops before the guess.
    shows: SHARED.filter((s) => s !== 'flow-strip' && s !== 'step-intro').concat(['hidden-note', 'mode-about']),
    opening: 'none',
    next: 'next-step',
    layout: 'focused',
    predict: 'required',
    compactShell: true,
  },
  present: {
    text: MODE_TEXT.present,
    steps: ALL_STEPS,
    shows: [...SHARED, 'collection-knobs', 'training-knobs', 'presenter-bar', 'presenter-keys'],
    ...FULL_PAGE,
    layout: 'slides',
  },
  compare: {
    text: MODE_TEXT.compare,
    steps: ALL_STEPS,
    // Both runs are built from A's settings, so every knob stays in reach. The panel says what the mode is,
    // so the app's introduction gives way and the contrasts sit above the fold at 1366×768.
    shows: [
      ...SHARED.filter((s) => s !== 'intro'),
      'collection-knobs',
      'training-knobs',
      'compare-panel',
      'hidden-note',
      'mode-about',
    ],
    ...FULL_PAGE,
  },
  fix: {
    text: MODE_TEXT.fix,
    steps: ALL_STEPS,
    // The stages stay open to investigate; the scenario sits above them, in place of the app's introduction.
    shows: [...SHARED.filter((s) => s !== 'intro'), 'fix-panel', 'hidden-note', 'mode-about'],
    ...FULL_PAGE,
  },
  code: {
    text: MODE_TEXT.code,
    // The seven stages only: the code is the content. No checkpoints (less to read between snippets), and the
    // panel's own line says what the mode is, so the app's introduction gives way to the code.
    steps: STAGE_IDS,
    shows: [
      ...SHARED.filter((s) => s !== 'quiz' && s !== 'intro'),
      'collection-knobs',
      'training-knobs',
      'code-panel',
      'hidden-note',
      'mode-about',
    ],
    ...FULL_PAGE,
    compactShell: true,
  },
  quiz: {
    text: MODE_TEXT.quiz,
    steps: ['quiz'],
    shows: ['app-header', 'quiz', 'hidden-note', 'mode-about'],
    ...FULL_PAGE,
    next: 'none',
  },
  review: {
    text: MODE_TEXT.review,
    steps: ['review'],
    // The retries are quiz questions: the classroom's "hide the quiz" hides them (the summary stays).
    shows: ['app-header', 'quiz', 'hidden-note', 'mode-about'],
    ...FULL_PAGE,
    next: 'none',
  },
} as const satisfies Readonly<Record<string, ModeEntry>>;

export type LearningMode = keyof typeof MODES;
/** Every mode with an entry, in the order the mode switcher lists them. */
export const LEARNING_MODES = Object.keys(MODES) as LearningMode[];
/** The mode a link without `mode=` opens in: the ~12-minute guided lesson (Explore shows every control). */
export const DEFAULT_MODE: LearningMode = 'guided';

export const isLearningMode = (text: string): text is LearningMode => Object.hasOwn(MODES, text);

/** One mode under one set of classroom settings: what the views ask. */
export interface View {
  readonly mode: LearningMode;
  readonly entry: ModeEntry;
  /** True when the section is shown (the mode shows it and no hidden group covers it). */
  shows(section: SectionId): boolean;
  /** Indices into STEPS of the steps this view visits, in order. */
  readonly steps: readonly number[];
}

/** Sections an embedded view (`embed=1`, an iframe in a course page) leaves out. */
const EMBED_HIDES: readonly SectionId[] = ['app-header', 'hidden-note'];

export function viewOf(mode: LearningMode, hidden: readonly HideGroup[], embed = false): View {
  const entry: ModeEntry = MODES[mode];
  const shown = new Set<SectionId>(
    entry.shows.filter((s) => (SECTIONS[s] === null || !hidden.includes(SECTIONS[s])) && !(embed && EMBED_HIDES.includes(s))),
  );
  // Hiding the quiz takes its step out of the walk too (a link straight to it still explains why it is empty).
  const steps = entry.steps
    .filter((id) => id !== 'quiz' || shown.has('quiz') || entry.steps.length === 1)
    .map((id) => STEPS.findIndex((s) => s.id === id));
  return { mode, entry, shows: (section) => shown.has(section), steps };
}

/** The step Next (+1) or Back (−1) leads to from `step` in this view; `step` itself at either end. */
export function stepAfter(view: View, step: number, direction: 1 | -1): number {
  if (view.entry.next === 'none') return step;
  const { steps } = view;
  const at = steps.indexOf(step);
  if (at === -1) {
    // Off the walk (e.g. a link to a hidden step): the nearest step of the walk in that direction.
    const ahead = direction === 1 ? steps.find((i) => i > step) : [...steps].reverse().find((i) => i < step);
    return ahead ?? step;
  }
  return steps[Math.min(steps.length - 1, Math.max(0, at + direction))];
}
