/** Words for the learning modes, the classroom settings, the shortcuts and the quiz (data, not code). */

export interface ModeText {
  readonly label: string;
  readonly description: string;
}

/** Each mode's name and one-line description (the mode registry, store/mode-registry.ts, picks its entry's text here). */
export const MODE_TEXT = {
  guided: {
    label: 'Guided',
    description:
      'A 12-minute lesson, one stage at a time: a question from your run, one picture, a short text, and the details behind “More about this”.',
  },
  explore: { label: 'Explore', description: 'Every setting on every stage: change anything, rerun, compare.' },
  predict: {
    label: 'Predict',
    description: 'Guess each stage’s result before the run shows it, then see how close you were.',
  },
  present: {
    label: 'Present',
    description:
      'Slides for a projector: one big visual per step, beats a clicker walks through (Page Down / Page Up), a presenter view and a demo.',
  },
  compare: {
    label: 'Compare',
    description:
      'Two runs side by side, identical except for what you change on run B: see what cleaning, features, epochs or drift really do.',
  },
  fix: {
    label: 'Fix-it',
    description:
      'A pipeline with one planted production bug: find the stage at fault, say what is wrong, apply the fix and watch the symptom go.',
  },
  code: {
    label: 'Code',
    description:
      'Worked examples in code: each stage as a practitioner writes it in TensorFlow.js and in Python, filled in with this run’s numbers, beside its picture.',
  },
  quiz: { label: 'Quiz', description: 'The quiz on its own, to check what you have learned.' },
  review: {
    label: 'Review',
    description:
      'For a returning learner: what you got wrong before, retried when it is due, mastery per stage, and a one-page summary to print.',
  },
} as const satisfies Readonly<Record<string, ModeText>>;

/** What each classroom setting (`hide=`) hides, in the order the settings list them. */
export const HIDE_LABELS = {
  knobs: 'Settings panels (every knob)',
  train: 'Train and Stop buttons',
  flow: 'Data-flow strip',
  intro: 'Introduction text',
  quiz: 'Quiz and checkpoints',
} as const;

export interface Shortcut {
  readonly keys: string;
  readonly action: string;
  readonly presentOnly?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '→', action: 'Next step (Present mode: next beat, then next step)' },
  { keys: '←', action: 'Previous step (Present mode: previous beat)' },
  { keys: 'Page Down / Page Up', action: 'Next / previous beat and step (a presentation clicker)', presentOnly: true },
  { keys: '?', action: 'Show the keyboard shortcuts' },
  { keys: 'Esc', action: 'Close this list' },
  { keys: 'P', action: 'Pause or play the rows’ animation (the dot view has focus; Space too, on the picture)' },
  { keys: 'R', action: 'Replay the rows’ animation (the dot view has focus)' },
  { keys: 'S', action: 'Step the rows’ animation: its end state, or the next epoch on Model Training (the dot view has focus)' },
  { keys: '← → ↑ ↓ on the picture', action: 'Pick a row and read it (Esc lets go)' },
  { keys: 'Space', action: 'Start or stop training; on Monitoring Setup, the live stream', presentOnly: true },
  { keys: 'D', action: 'Start or stop the demo', presentOnly: true },
  { keys: 'B', action: 'Blank the screen, or show it again', presentOnly: true },
  { keys: 'F', action: 'Full screen on or off', presentOnly: true },
];

export const SHELL_TEXT = {
  modeLabel: 'Learning mode',
  embedTitle: 'Pipeline Lab',
  openFullApp: 'Open the full app ↗ (new tab)',
  newVersion: 'A new version is available — reload',
  copyLink: 'Copy link',
  copied: 'Link copied. It opens this run — same seed, settings, step and mode — on any computer.',
  copyManual: 'The browser did not allow copying. Select the link and copy it yourself:',
  shortcutsButton: 'Keyboard shortcuts',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsNote: 'Shortcuts do nothing while you type in a field; Space also leaves buttons and options to work as usual.',
  presentOnly: '(Present mode)',
  guidedNote: 'Guided mode hides the model’s advanced settings. Switch to Explore to change every setting.',
  hiddenNote: 'The classroom settings hide:',
  showAll: 'Show everything',
  quizHidden: 'The quiz is hidden by the classroom settings.',
  loadingStep: 'Opening this step…',
  nothingToShow: 'Quiz mode shows only the quiz, and the classroom settings hide the quiz: nothing is left to show.',
  showQuizAgain: 'Show the quiz again',
  leaveQuizMode: 'Leave quiz mode',
} as const;

export const PRESENTER_TEXT = {
  region: 'Presenter controls',
  /** The app's name in the slides' thin bar (the full title is too long for it). */
  title: 'Pipeline Lab',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  noFullscreen: 'This browser does not offer full screen here; use its own full-screen key (often F11).',
  refused: 'The browser refused full screen; use its own full-screen key (often F11).',
  startDemo: 'Start demo',
  stopDemo: 'Stop demo',
  secondsLabel: 'Seconds per beat',
  presenterView: 'Presenter view',
  blank: 'Blank (B)',
  blanked: 'The screen is blanked. Press B to show the slide again.',
  classroomSummary: 'Classroom settings',
  classroom: 'Hide these controls (for everyone who opens this link)',
} as const;

export const QUIZ_TEXT = {
  lead: 'Test your understanding. After each answer you see why it is right or wrong; at the end, a review links back to the stage that teaches each mistake.',
  setLabel: 'Questions',
  noRunQuestions:
    'Questions about your run appear once it has produced the numbers they ask about: prepare the data and train the model first.',
  check: 'Check answer',
  next: 'Next question',
  finish: 'See your score',
  whyAll: 'Why each option is right or wrong',
  retry: 'Try again with shuffled options',
  review: 'Review your mistakes',
  noMistakes: 'No mistakes: every answer was right.',
  saved: 'Your answers are saved in this browser.',
  notSaved: 'Your answers are not being saved in this browser.',
  retrying: 'Your last answer could not be saved (storage full or blocked); the next answer tries again.',
  readOnly: 'Saved progress from a newer version is shown read-only: new answers are not saved.',
  backupFound: (when: string, answers: number) =>
    `Quiz progress set aside on ${when} (${answers} answer${answers === 1 ? '' : 's'}) can be read again.`,
  restore: 'Restore it',
  checkpoint: 'Checkpoint',
  checkpointAgain: 'Try again',
  /** After a wrong answer: the chosen option's reason only; the right one is marked in the list, with its own reason. */
  wrong: 'Not quite. ',
  seeMarked: (letter: string) => ` The correct answer, ${letter}, is marked ✓ in the list above.`,
  /** After a right answer nothing precedes its reason: every right option's reason opens with "Right:" (a bank test holds that), so "Correct. Right: …" would say it twice. */
  right: '',
  markCorrect: '✓ Correct answer',
  markChosen: '✗ Your answer',
  confidenceLegend: 'How sure are you? (optional)',
  confidence: { sure: 'Sure', think: 'I think so', guess: 'Guessing' },
  exam: 'Exam: hold all feedback until the end',
  examHeld: 'Answer saved. Feedback comes with your score at the end.',
  answeredSoFar: (n: number) => `${n} answered`,
  rightSoFar: (n: number) => `${n} right so far`,
  youWere: (level: string) => `You said: ${level}.`,
} as const;
