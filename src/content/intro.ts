/** Teaching text for the app shell (data, not code). */
export const TITLE = 'Pipeline Lab — why production readiness matters';
/** The title when the shell collapses to one line (focused steps after the first). */
export const SHORT_TITLE = 'Pipeline Lab';

/** The intro's first sentence: all a narrow screen shows until the learner asks for more. */
export const INTRO_LEAD = 'A model that scores well once in a notebook is not ready for real users.';
/** The rest of the intro. */
export const INTRO_REST =
  'Production readiness means preparing the model to work reliably with real data, handle errors, and keep ' +
  'performing well over time. Here you run a whole machine-learning pipeline in your own browser — collect, ' +
  'clean, engineer features, train, validate, prepare for deployment and monitor — and every number you see ' +
  'comes from that run.';
export const INTRO = `${INTRO_LEAD} ${INTRO_REST}`;
/** The disclosure that shows INTRO_REST on a narrow screen. */
export const INTRO_MORE = 'More about this lab';
