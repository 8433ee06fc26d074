/**
 * Stages 1–3 as a practitioner would write them: TensorFlow.js (run by
 * test/content/code-snippets.test.ts against the app's own data) and pandas.
 * `{{fact}}` and `@@ ` (a highlighted line) are explained in fill.ts.
 */
import type { StageCode } from './stage-code';

export const COLLECTION_CODE: StageCode = {
  picture: 'the table’s shape and its share of conversions',
  js: {
    inputs: ['sessions'],
    outputs: ['shape', 'conversionRate'],
    template: String.raw`
// Stage 1 — collect: {{rows}} sessions × 10 columns (seed {{seed}}).
// sessions: one object per session, e.g. await tf.data.csv('sessions.csv').toArray()
const COLUMNS = ['user_id', 'timestamp', 'device', 'source', 'session_length_s',
  'page_views', 'clicks', 'scroll_depth', 'load_time_ms', 'converted'];
@@ const shape = [sessions.length, COLUMNS.length]; // [{{rows}}, 10]
@@ const conversionRate = tf.tidy(() => tf.tensor1d(sessions.map((s) => s.converted)).mean().dataSync()[0]);
`,
  },
  python: String.raw`
# Stage 1 — collect: {{rows}} sessions × 10 columns (seed {{seed}}).
import pandas as pd

COLUMNS = ['user_id', 'timestamp', 'device', 'source', 'session_length_s',
           'page_views', 'clicks', 'scroll_depth', 'load_time_ms', 'converted']
sessions = pd.read_csv('sessions.csv', usecols=COLUMNS)
@@ assert sessions.shape == ({{rows}}, 10)
@@ conversion_rate = sessions['converted'].mean()
`,
};

export const CLEANING_CODE: StageCode = {
  picture: 'the rules that send faulty rows to the bins',
  js: {
    inputs: ['sessions'],
    outputs: ['clean', 'dropped'],
    template: String.raw`
// Stage 2 — clean: drop rows with missing or impossible values (fault rate {{faultRate}}).
@@ const rules = {
@@   missing_clicks: (r) => r.clicks === null || Number.isNaN(r.clicks),
@@   negative_session_length: (r) => !(r.session_length_s >= 0),
@@   clicks_exceed_page_views: (r) => r.clicks > r.page_views || r.clicks < 0,
@@   scroll_depth_out_of_range: (r) => !(r.scroll_depth >= 0 && r.scroll_depth <= 1),
@@ };
// A row is counted under the first rule it breaks.
const broken = (r) => Object.keys(rules).find((rule) => rules[rule](r)) ?? null;
const SKIP_CLEANING = {{skipCleaning}}; // skipped: missing clicks become 0, the rest stays
const dropped = {};
const clean = [];
for (const r of sessions) {
  const why = broken(r);
@@   if (why && !SKIP_CLEANING) dropped[why] = (dropped[why] ?? 0) + 1;
  else clean.push(why === 'missing_clicks' ? { ...r, clicks: 0 } : r);
}
// {{rows}} rows in, {{keptRows}} kept.
`,
  },
  python: String.raw`
# Stage 2 — clean: drop rows with missing or impossible values (fault rate {{faultRate}}).
import pandas as pd

SKIP_CLEANING = {{skipCleaning}}  # skipped: missing clicks become 0, the rest stays
@@ rules = {
@@     'missing_clicks': sessions['clicks'].isna(),
@@     'negative_session_length': ~(sessions['session_length_s'] >= 0),
@@     'clicks_exceed_page_views': (sessions['clicks'] > sessions['page_views']) | (sessions['clicks'] < 0),
@@     'scroll_depth_out_of_range': ~sessions['scroll_depth'].between(0, 1),
@@ }
broken = pd.Series(None, index=sessions.index, dtype='object')
for rule, mask in reversed(list(rules.items())):  # a row is counted under the first rule it breaks
    broken[mask] = rule
if SKIP_CLEANING:
    clean = sessions.fillna({'clicks': 0})
else:
@@     clean = sessions[broken.isna()]
print(broken.value_counts())  # why each dropped row went
assert len(clean) == {{keptRows}}
`,
};

export const FEATURES_CODE: StageCode = {
  picture: 'the two columns feature engineering adds',
  js: {
    inputs: ['clean'],
    outputs: ['features'],
    template: String.raw`
// Stage 3 — features: {{keptRows}} rows × 10 columns → × {{featureCount}}.
const HOUR_MS = 3600000;
const CAP_HOURS = {{recencyCapHours}}; // first session, or no click in 30 days
@@ const clickRate = tf.tidy(() => {
@@   const clicks = tf.tensor1d(clean.map((r) => r.clicks));
@@   const views = tf.tensor1d(clean.map((r) => r.page_views));
@@   const seen = views.greater(0);
@@   return tf.where(seen, clicks.div(tf.where(seen, views, tf.onesLike(views))), tf.zerosLike(views)).arraySync();
@@ });
// Hours since this user's previous session with a click, walking sessions in time order.
const order = clean.map((_, i) => i).sort((a, b) => clean[a].timestamp - clean[b].timestamp || a - b);
const lastClick = new Map(); // user_id → timestamp (ms) of their latest session with clicks
const hoursSince = new Array(clean.length);
for (const i of order) {
  const { user_id, timestamp, clicks } = clean[i];
  const prev = lastClick.get(user_id);
  const later = prev === undefined || timestamp > prev;
@@   hoursSince[i] = prev !== undefined && later ? Math.min(CAP_HOURS, (timestamp - prev) / HOUR_MS) : CAP_HOURS;
  if (clicks > 0 && later) lastClick.set(user_id, timestamp);
}
const USE_ENGINEERED = {{useEngineered}};
const features = clean.map((r, i) =>
@@   USE_ENGINEERED ? { ...r, click_rate: clickRate[i], time_since_last_click: hoursSince[i] } : r,
);
`,
  },
  python: String.raw`
# Stage 3 — features: {{keptRows}} rows × 10 columns → × {{featureCount}}.
HOUR_MS = 3_600_000
CAP_HOURS = {{recencyCapHours}}  # first session, or no click in 30 days
features = clean.sort_values('timestamp', kind='stable').copy()
views = features['page_views']
@@ features['click_rate'] = (features['clicks'] / views.where(views > 0, 1)).where(views > 0, 0.0)
# The user's latest earlier session with a click (NaN before their first).
clicked_at = features['timestamp'].where(features['clicks'] > 0)
last_click = clicked_at.groupby(features['user_id']).transform(lambda s: s.shift().ffill())
hours = (features['timestamp'] - last_click) / HOUR_MS
@@ features['time_since_last_click'] = hours.where(hours > 0).fillna(CAP_HOURS).clip(upper=CAP_HOURS)
if not {{useEngineered}}:
    features = features.drop(columns=['click_rate', 'time_since_last_click'])
features = features.sort_index()
`,
};
