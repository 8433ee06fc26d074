/** The lesson card's key insight, verbatim. */
export const KEY_INSIGHT =
  'Production readiness means preparing the model to work reliably with real data, handle errors, and keep performing well over time. ' +
  'This helps avoid surprises and keeps users happy.';
