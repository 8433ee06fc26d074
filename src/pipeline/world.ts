/**
 * The "world" the synthetic data comes from: who the users are, how they browse,
 * and the hidden rule that decides whether a session converts. Drift scenarios
 * (see stream.ts) change these parameters over time; the model never sees them.
 */
export interface Concept {
  /** Base log-odds of converting. */
  readonly bias: number;
  /** Weight of the click-rate bump (conversion peaks at a moderate click rate). */
  readonly clickRate: number;
  /** Click rate at which conversion peaks. */
  readonly clickRatePeak: number;
  /** Weight of recency: a user who clicked recently is more likely to convert. */
  readonly recency: number;
  /** Weight of the session-length bump (neither bounces nor idle tabs convert). */
  readonly sessionLength: number;
  /** Log-odds lost per doubling of load time above 1 s, on mobile only. */
  readonly mobileSlowness: number;
  /** Weight of scroll depth. */
  readonly scroll: number;
  /** Log-odds added per traffic source (search, social, direct, email). */
  readonly source: readonly [number, number, number, number];
  /** Sharpness: multiplies the whole logit. Lower means more irreducible noise. */
  readonly sharpness: number;
}

export interface World {
  /** Cumulative device mix: desktop, mobile, tablet. */
  readonly deviceMix: readonly [number, number, number];
  /** Cumulative source mix: search, social, direct, email. */
  readonly sourceMix: readonly [number, number, number, number];
  /** Multiplies every page load time. */
  readonly loadTimeScale: number;
  /** Multiplies the number of pages beyond the first that a session views. */
  readonly pageViewScale: number;
  /** Multiplies the time spent per page. */
  readonly dwellScale: number;
  /** Added to the log-odds of scrolling further down a page. */
  readonly scrollShift: number;
  /** Share of rows whose clicks the tracker silently records as 0 (a data-quality incident). */
  readonly zeroClickBug: number;
  /** Share of rows whose clicks the tracker loses (missing) — on top of injected faults. */
  readonly missingClickBug: number;
  readonly concept: Concept;
}

export const BASE_CONCEPT: Concept = {
  bias: 0.1,
  clickRate: 3.2,
  clickRatePeak: 0.45,
  recency: 3.6,
  sessionLength: 1.6,
  mobileSlowness: 1.1,
  scroll: 1.2,
  source: [0.3, -0.6, 0.1, 0.6],
  sharpness: 1.85,
};

export const BASE_WORLD: World = {
  deviceMix: [0.5, 0.9, 1],
  sourceMix: [0.4, 0.65, 0.85, 1],
  loadTimeScale: 1,
  pageViewScale: 1,
  dwellScale: 1,
  scrollShift: 0,
  zeroClickBug: 0,
  missingClickBug: 0,
  concept: BASE_CONCEPT,
};

const LN_720 = Math.log1p(720);

/**
 * The hidden conversion probability of one session.
 * @param hoursSinceClick hours since the user's previous clicking session (capped at 720)
 */
export function conversionProbability(
  c: Concept,
  device: number,
  source: number,
  sessionLengthS: number,
  pageViews: number,
  clicks: number,
  scrollDepth: number,
  loadTimeMs: number,
  hoursSinceClick: number,
): number {
  const rate = clicks / pageViews;
  const d = (rate - c.clickRatePeak) / 0.22;
  const clickTerm = c.clickRate * (Math.exp(-0.5 * d * d) - 0.5);
  const recencyTerm = c.recency * (0.5 - Math.log1p(hoursSinceClick) / LN_720);
  const minutes = Math.log2(Math.max(sessionLengthS, 1) / 300);
  const lengthTerm = c.sessionLength * (0.5 - (minutes * minutes) / 6);
  const slow = device === 1 ? c.mobileSlowness * Math.max(0, Math.log2(loadTimeMs / 1000)) : 0;
  const logit = c.bias + clickTerm + recencyTerm + lengthTerm - slow + c.scroll * (scrollDepth - 0.5) + c.source[source];
  return 1 / (1 + Math.exp(-c.sharpness * logit));
}
