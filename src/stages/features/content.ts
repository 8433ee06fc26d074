/** Teaching text for Stage 3 — Feature Engineering. */
export const FEATURES_TEXT = {
  lead:
    'Raw columns rarely say what matters directly. Feature engineering turns them into signals a model can use. ' +
    'Two new columns are added here; one of them needs other rows (the same user’s history), which no model could work out from a single row.',
  clickRate: 'click_rate = clicks ÷ page_views — how much of what the user saw they acted on (0 to 1).',
  recency:
    'time_since_last_click = hours since this user’s previous session with at least one click, walking each user’s sessions in time order. ' +
    'Capped at 720 h (30 days): a user’s first session, or one with no clicking session in the past 30 days, gets 720, meaning “not recently”.',
  switchHint:
    'Switch the two features off, rebuild the data and train again: the training step keeps a short history so you can compare validation accuracy with and without them.',
};
