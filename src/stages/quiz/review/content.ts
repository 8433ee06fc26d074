/** Words for review mode (prose only; every number comes from the saved progress or the run). */
import type { Confidence } from '../../../content/card-quiz';
import { fmtCount, fmtInt } from '../../../pipeline/summary';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const REVIEW_TEXT = {
  lead: 'Welcome back. Here is what you got wrong before, asked again when it is due: a right answer waits longer before it comes back (1, 3, then 7 days), a wrong one comes back soon.',
  recapHeading: 'What you missed before',
  recapEmpty:
    'Nothing to review yet: no quiz or checkpoint answer of yours was wrong. Take the quiz or answer the checkpoints at the end of each stage, then come back.',
  takeQuiz: 'Take the quiz',
  answer: 'The answer: ',
  missed: (n: number) => `missed ${fmtCount(n, 'time')}`,
  confident: { sure: 'you were sure', think: 'you thought so', guess: 'you were guessing' } satisfies Record<Confidence, string>,
  dueNow: 'due now',
  dueOn: (ms: number) => `next retry on ${day(ms)}`,
  revisit: (title: string) => `Revisit ${title}`,
  retryHeading: 'Retry',
  retryProgress: (i: number, n: number) => `Retry ${i} of ${n}`,
  nextRetry: 'Next retry',
  finishRetries: 'Finish the retries',
  nothingDue: (next: number | null) =>
    next === null ? 'No retry is due.' : `No retry is due now; the next one is due on ${day(next)}.`,
  retriesDone: (right: number, n: number) => `Retries done: ${right} of ${n} right this time.`,
  masteryHeading: 'Mastery per stage',
  masteryCaption: 'Mastery per stage: the questions on each stage you have answered, and how many you know now',
  masteryNote:
    'A question counts as known when your last answer to it was right: right first time, or right on its latest retry.',
  masteryCell: (known: number, seen: number) =>
    seen === 0 ? 'not tried yet' : `${known} of ${seen} known (${Math.round((known / seen) * 100)} %)`,
  summaryHeading: 'One-page summary of your run and results',
  print: 'Print this summary',
  printNote: 'Printing (or saving as PDF) keeps just this summary, on one page.',
  notTrained: 'Stages 4–7 have no numbers yet: train the model to complete the summary.',
  train: 'Train the model',
  training: 'Training…',
  runLine: (seed: number, rows: number, epochs: number, scenario: string) =>
    `Seed ${seed} · ${fmtInt(rows)} sessions · ${fmtCount(epochs, 'epoch')} · live stream: ${scenario}`,
  stageTableCaption: 'The lesson card’s seven stages, with this run’s numbers',
  keyNumbers: 'Key numbers',
  scoreHeading: 'Your results',
  quizScore: (right: number, answered: number) => `Quiz (current attempt): ${right} of ${answered} answered right`,
  checkpointScore: (right: number, answered: number) => `Checkpoints: ${right} of ${answered} right`,
  lastResults: 'Finished attempts (latest last): ',
  toReview: (n: number) => `Still to review: ${fmtCount(n, 'question')}`,
} as const;
