/** Guided mode: what each step teaches, in two short sentences under the step's hook (data, not code). */
import type { StepId } from './steps';

export const STEP_GUIDES: Readonly<Record<StepId, string>> = {
  collection:
    'Everything starts with data. The same seed gives the same rows on any computer, which makes a run reproducible and shareable.',
  cleaning: 'Rules that real sessions never break find the faulty rows; each dropped row gets its reason.',
  features: 'Both use only what was known at the time.',
  training: 'The model learns from 80 % of the rows, epoch by epoch. Watch the rows sort themselves as it improves.',
  validation: 'These numbers, not the training ones, preview production.',
  deployment: 'A model that works must also ship: small, fast within the latency budget, and as accurate after compression.',
  monitoring:
    'After deployment the world changes. Monitoring scores live data and alerts when rolling accuracy falls below the threshold.',
  // The hook says it: the trace's first screen is full enough.
  trace: '',
  quiz: 'Check what you learned: the card’s three questions, then every stage and your own run.',
  // The hook asks; the step answers with the card's paragraph and the run's evidence.
  insight: '',
  review: 'What you missed before, asked again when it is due, with your mastery per stage and a one-page summary to print.',
};
