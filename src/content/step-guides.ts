/** Guided mode: what each step teaches, shown before the step itself (data, not code). */
import type { StepId } from './steps';

export const STEP_GUIDES: Readonly<Record<StepId, string>> = {
  collection:
    'Everything starts with data. This stage generates realistic click sessions from a seed: the same seed gives the same rows on any computer, which is what makes a run reproducible and shareable.',
  cleaning:
    'Real trackers break. About 2 % of the rows have missing clicks or values that cannot happen. Cleaning finds them from the values alone and drops them, with a reason for each, so the model never learns from errors.',
  features:
    'Raw counts rarely tell the whole story. Two new columns — how often a visitor clicks per page, and how long since their last click — give the model the patterns it needs, using only what was known at the time.',
  training:
    'The model learns from 80 % of the rows, epoch by epoch. Watch loss fall and accuracy rise, and keep an eye on the validation numbers: they show whether it learns patterns or memorises rows.',
  validation:
    'The honest test: the 20 % of rows the model never saw. These numbers, not the training ones, preview how it will do in production — and the threshold decides which mistakes you prefer.',
  deployment:
    'A model that works must also ship: small enough to download, fast enough to answer within the latency budget, and just as accurate after compression.',
  monitoring:
    'After deployment the world changes. Monitoring scores the model on live data and raises an alert when its rolling accuracy falls below the threshold, so you find out before your users do.',
  trace:
    'Follow one real row through the trained model, layer by layer, to see how the prediction is made — the tool you reach for when someone asks “why did it say that?”.',
  quiz: 'Check what you learned: the card’s three questions, then every stage and your own run.',
  insight: 'The lesson in one paragraph, and the evidence for it from the run you just made.',
  review: 'What you missed before, asked again when it is due, with your mastery per stage and a one-page summary to print.',
};
