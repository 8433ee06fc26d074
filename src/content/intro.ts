/** Teaching text for the app shell (data, not code). */
export const TITLE = 'Pipeline Lab — why production readiness matters';
/** The title when the shell collapses to one line (focused steps after the first). */
export const SHORT_TITLE = 'Pipeline Lab';

export const INTRO =
  'A model that scores well once in a notebook is not ready for real users. Production readiness means ' +
  'preparing the model to work reliably with real data, handle errors, and keep performing well over time. ' +
  'Here you run a whole machine-learning pipeline in your own browser — collect, clean, engineer features, ' +
  'train, validate, prepare for deployment and monitor — and every number you see comes from that run.';
