/**
 * What a server must do before the model sees a session, written into the
 * package's metadata so nothing is left to guesswork: how each derived feature
 * is computed (with its edge cases), which sessions to reject, and what to do
 * with an unknown category or a missing value. Silent guesses cost accuracy
 * without an error: a server without click history that sends 720 h for
 * everyone scored 74.6 % instead of ~85 %; one sending click_rate as a
 * percentage, 65.2 %.
 */
import { REASON_TEXT } from './clean';
import { FAULT_KINDS } from './faults';
import { RECENCY_CAP_HOURS, type FeatureColumnName } from './schema';

export interface DerivedFeatureSpec {
  readonly name: 'click_rate' | 'time_since_last_click';
  readonly unit: string;
  readonly definition: string;
  /** The raw fields (and state) it is computed from. */
  readonly inputs: readonly string[];
  readonly edgeCases: readonly string[];
}

const DERIVED: readonly DerivedFeatureSpec[] = [
  {
    name: 'click_rate',
    unit: 'fraction 0–1 (clicks per page view)',
    definition: 'clicks / page_views of the same session',
    inputs: ['clicks', 'page_views'],
    edgeCases: [
      'page_views = 0 → click_rate = 0 (no division by zero)',
      'a fraction between 0 and 1, never a percentage: 3 clicks on 10 pages is 0.3, not 30',
    ],
  },
  {
    name: 'time_since_last_click',
    unit: 'hours',
    definition:
      "hours from this user's latest earlier session with clicks > 0 to this session's timestamp, " +
      `min(${RECENCY_CAP_HOURS}, (timestamp − last_click_timestamp) / 3,600,000)`,
    inputs: ['user_id', 'timestamp', 'the user’s click history (the timestamp of their latest earlier session with clicks > 0)'],
    edgeCases: [
      `capped at ${RECENCY_CAP_HOURS} h (30 days)`,
      `a user's first session, or one whose latest clicking session is ${RECENCY_CAP_HOURS} h or more ago → ${RECENCY_CAP_HOURS}`,
      'a session at the same instant as the last clicking one does not count as earlier',
      'after scoring, a session with clicks > 0 becomes the user’s last click',
      `it needs each user's history (a feature store keyed by user_id): a server without one must not send ${RECENCY_CAP_HOURS} for every session — it looks valid and silently costs accuracy`,
    ],
  },
];

/** Cleaning's rules, as a server must apply them before scoring (same order, same wording). */
const CONDITIONS: Readonly<Record<(typeof FAULT_KINDS)[number], string>> = {
  missing_clicks: 'clicks is missing (null or not a number)',
  negative_session_length: 'session_length_s < 0 or missing',
  clicks_exceed_page_views: 'clicks > page_views, or clicks < 0',
  scroll_depth_out_of_range: 'scroll_depth < 0 or > 1, or missing',
};

/** The serving rules for a model trained on `featureOrder` (derived features listed only when the model uses them). */
export function servingContract(featureOrder: readonly FeatureColumnName[]) {
  return {
    derivedFeatures: DERIVED.filter((d) => featureOrder.includes(d.name)),
    reject: FAULT_KINDS.map((rule) => ({ rule, when: CONDITIONS[rule], reason: REASON_TEXT[rule] })),
    unknownCategory:
      'reject the session (reason "unknown category"): an all-zero one-hot row is not a category the model has seen',
    missingValue:
      'reject the session (reason "missing value") when any field in featureOrder, or a field a derived feature needs, ' +
      'is absent, null or not a finite number; never fill in 0, a mean or NaN',
  };
}

export type ServingContract = ReturnType<typeof servingContract>;
