/** Words for the instructor's kit: results out, the class summary, questions out (QTI) and the handout. */

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const RESULTS_TEXT = {
  heading: 'Your results as a file',
  csv: 'Download results (CSV)',
  json: 'Download results (JSON)',
  note: 'One row per answer — quiz and checkpoints — with the right answer, your confidence and the time (UTC). Hand it to your instructor.',
  none: 'No answers yet: the download appears once you have answered a quiz question or a checkpoint.',
} as const;

export const KIT_TEXT = {
  button: 'Instructor’s kit',
  title: 'Instructor’s kit',
  lead: 'Everything here works offline, in this browser: nothing is uploaded.',
  classHeading: 'Class summary',
  qtiHeading: 'Questions for your LMS (QTI 2.1)',
  qtiNote: (card: number, bank: number, run: number) =>
    `${plural(card + bank + run, 'question')}: the card’s ${card}, the bank’s ${bank} and ${plural(run, 'question')} built from this run. ` +
    'Canvas, Moodle and most LMSs import the zip as a QTI 2.1 content package.',
  qtiNoRun: 'Train the model first to include the questions about this run.',
  qtiButton: 'Download questions (QTI 2.1 zip)',
  qtiDone: (name: string, n: number) => `Saved ${name} with ${plural(n, 'question')}.`,
  /** The package's assessmentTest as the LMS names it. */
  qtiTestTitle: 'Pipeline Lab quiz',
  handoutHeading: 'Handout',
  handoutNote: 'A printable handout of the lesson: a cover, then one page per stage with this run’s numbers.',
  handoutButton: 'Open the handout',
} as const;

export const CLASS_TEXT = {
  pick: 'Results files (CSV or JSON, several at once)',
  drop: 'Or drop the files here',
  dropZone: 'Drop zone for results files',
  lead: 'Learners download their results from their quiz score or review page. Pick or drop all their files: the table shows which questions the class missed most.',
  learners: (n: number) => `${plural(n, 'learner')} (one per results file).`,
  duplicates: (n: number) =>
    `${plural(n, 'file')} held the same results as another file and ${n === 1 ? 'was' : 'were'} counted once.`,
  skipped: 'Files skipped',
  caption: 'Questions by the share of learners who missed them, most missed first',
  colQuestion: 'Question',
  colMissed: 'Missed by',
  colShare: 'Share missed',
  missedCell: (missed: number, answered: number) => `${missed} of ${answered}`,
  share: (share: number) => `${Math.round(share * 100)} %`,
  empty: 'No results yet.',
  clear: 'Clear',
  reading: 'Reading the files…',
} as const;

/** Why a results file was skipped (each message names the file). */
export const FILE_PROBLEMS = {
  tooLarge: (name: string, max: number) =>
    `${name}: larger than ${plural(max / 1_000_000, 'MB')}, so it is not a results file from Pipeline Lab.`,
  unreadable: (name: string) => `${name}: the file could not be read.`,
  kind: (name: string) => `${name}: not a CSV or JSON file (the name must end in .csv or .json).`,
  json: (name: string, why: string) => `${name}: not valid JSON (${why}).`,
  foreign: (name: string) => `${name}: not a Pipeline Lab results file (no "format": "pipeline-lab-results").`,
  version: (name: string, v: string) => `${name}: results format version ${v}, which this version cannot read.`,
  csv: (name: string, why: string) => `${name}: not valid CSV (${why}).`,
  header: (name: string) => `${name}: its first line is not the results header (kind,question_id,question,…).`,
  row: (name: string, row: number, why: string) => `${name}: result ${row} ${why}.`,
  empty: (name: string) => `${name}: holds no answers.`,
} as const;

export const HANDOUT_TEXT = {
  print: 'Print handout',
  back: 'Back to the lab',
  screenNote: 'Printing (or saving as PDF) gives a cover and one page per stage; these buttons are not printed.',
  notTrained: 'Stages 4–7 have no numbers yet: train the model to complete the handout.',
  train: 'Train the model',
  training: 'Training…',
  runLine: (seed: number, rows: number, epochs: number, scenario: string) =>
    `This run: seed ${seed} · ${rows.toLocaleString('en-US')} sessions · ${epochs} epoch${epochs === 1 ? '' : 's'} · live stream: ${scenario}`,
  link: 'Open this exact run (same data, same settings):',
  printed: (date: string) => `Printed ${date}.`,
  stage: (n: number, name: string) => `Stage ${n} of 7 · ${name}`,
  inOut: 'In → out',
  thisRun: 'This run',
  numbers: 'Measured',
  ask: 'Check yourself',
  cover: 'The seven stages',
} as const;
