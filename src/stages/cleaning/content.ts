/** Teaching text for Stage 2 — Data Cleaning. */
import type { FaultKind } from '../../pipeline/faults';

export const CLEANING_TEXT = {
  lead:
    'A model learns whatever the data says — including its mistakes. Cleaning checks every row against rules that real ' +
    'sessions can never break, and drops the rows that break them, saying why each one went.',
  rulesCaption: 'The rules, and how many rows broke each',
  droppedCaption: 'Dropped rows (the faulty value is highlighted)',
  choices: { drop: 'Drop faulty rows', skip: 'Skip cleaning (train on uncleaned data)' } as Record<string, string>,
  choiceHint: 'Skipping keeps every row: missing clicks become 0, impossible values stay as they are.',
};

export const RULES: Readonly<Record<FaultKind, string>> = {
  missing_clicks: 'clicks must be recorded (the tracker lost them)',
  negative_session_length: 'a session cannot last less than 0 seconds',
  clicks_exceed_page_views: 'a user cannot click more often than pages they saw (one click per page view at most)',
  scroll_depth_out_of_range: 'scroll depth is a share of the page: between 0 and 1',
};
