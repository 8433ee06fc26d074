/**
 * The dot view's per-row data: one mark per collected row (or per `stride`
 * rows on big runs, a systematic sample: rows 0, k, 2k, …), carrying what each
 * stage needs to place and colour it. Built in the engine from the run itself,
 * so every mark is a real row with its real label, fault, split and features.
 */
import type { RunData } from './run-data';
import { RECENCY_CAP_HOURS } from './schema';

/** At most this many marks: above it each mark stands for a fixed number of rows. */
export const MAX_MARKS = 10_000;

/** Where a mark's row went after cleaning and the split. */
export const ROLE_DROPPED = 0;
export const ROLE_TRAIN = 1;
export const ROLE_VALIDATION = 2;

/** One user's sessions (after cleaning), for the `time_since_last_click` picture. */
export interface UserTimeline {
  readonly userId: number;
  /** Session times as fractions (0–1) of the collection window, in time order. */
  readonly times: number[];
  /** Clicks in each session (0 = no click). */
  readonly clicks: number[];
  /** time_since_last_click of each session, hours (capped at RECENCY_CAP_HOURS). */
  readonly hoursSince: number[];
}

export interface DotData {
  /** Rows collected in the run. */
  readonly rows: number;
  /** Each mark stands for this many rows (1 up to MAX_MARKS rows). */
  readonly stride: number;
  readonly marks: number;
  /** Length of the collection window, days. */
  readonly days: number;
  /** Mark → when the session happened, as a fraction (0–1) of the window. */
  readonly time: Float32Array;
  /** Mark → the `converted` label (0/1). */
  readonly label: Uint8Array;
  /** Mark → 0 when the row is clean, else 1 + its index in FAULT_KINDS. */
  readonly fault: Uint8Array;
  /** Mark → ROLE_DROPPED, ROLE_TRAIN or ROLE_VALIDATION. */
  readonly role: Uint8Array;
  /** Mark → its row's position in split.train or split.validation (−1 when dropped). */
  readonly splitPos: Int32Array;
  /** Mark → click_rate (clicks ÷ page views), NaN when dropped. */
  readonly clickRate: Float32Array;
  /** The marks in the training split, in mark order (the worker predicts these after each epoch). */
  readonly trainMarks: Uint32Array;
  /** Exact count over all collected rows (not only the marks) of converted sessions. */
  readonly convertedRows: number;
  readonly user: UserTimeline | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** Marks for `data`; `maxMarks` caps the count (stride = ceil(rows / maxMarks)). */
export function buildDotData(data: RunData, maxMarks = MAX_MARKS): DotData {
  const raw = data.generated.table.columns;
  const n = data.generated.table.length;
  const stride = Math.max(1, Math.ceil(n / Math.max(1, maxMarks)));
  const marks = Math.ceil(n / stride);
  const first = n ? raw.timestamp[0] : 0;
  const span = n ? Math.max(1, raw.timestamp[n - 1] - first) : 1;
  // Raw row → cleaned row (−1 dropped), → fault kind, → split position.
  const cleanOf = new Int32Array(n).fill(-1);
  data.cleaned.kept.forEach((raw, i) => (cleanOf[raw] = i));
  const faultOf = new Uint8Array(n);
  data.cleaned.dropped.forEach((raw, k) => (faultOf[raw] = 1 + data.cleaned.droppedReasons[k]));
  const m = data.cleaned.kept.length;
  const roleOfClean = new Uint8Array(m);
  const posOfClean = new Int32Array(m);
  data.split.train.forEach((c, j) => ((roleOfClean[c] = ROLE_TRAIN), (posOfClean[c] = j)));
  data.split.validation.forEach((c, j) => ((roleOfClean[c] = ROLE_VALIDATION), (posOfClean[c] = j)));
  const rate = data.features.columns.click_rate;
  const out = {
    time: new Float32Array(marks),
    label: new Uint8Array(marks),
    fault: new Uint8Array(marks),
    role: new Uint8Array(marks),
    splitPos: new Int32Array(marks).fill(-1),
    clickRate: new Float32Array(marks).fill(NaN),
  };
  const train: number[] = [];
  for (let k = 0; k < marks; k++) {
    const r = k * stride;
    out.time[k] = (raw.timestamp[r] - first) / span;
    out.label[k] = raw.converted[r] >= 0.5 ? 1 : 0;
    out.fault[k] = faultOf[r];
    const c = cleanOf[r];
    if (c < 0) continue;
    out.role[k] = roleOfClean[c];
    out.splitPos[k] = posOfClean[c];
    out.clickRate[k] = rate ? rate[c] : clickRateOf(data, c);
    if (roleOfClean[c] === ROLE_TRAIN) train.push(k);
  }
  let converted = 0;
  for (let i = 0; i < n; i++) converted += raw.converted[i] >= 0.5 ? 1 : 0;
  return {
    rows: n,
    stride,
    marks,
    days: Math.round(span / DAY_MS),
    ...out,
    trainMarks: Uint32Array.from(train),
    convertedRows: converted,
    user: userTimeline(data, first, span),
  };
}

function clickRateOf(data: RunData, c: number): number {
  const t = data.cleaned.table.columns;
  return t.page_views[c] > 0 ? t.clicks[c] / t.page_views[c] : 0;
}

/** The sessions of the user behind the feature stage's first worked example (a session with a click in the last 48 h). */
function userTimeline(data: RunData, first: number, span: number): UserTimeline | null {
  const c = data.features.columns;
  const recency = c.time_since_last_click;
  const n = data.features.length;
  if (!recency || n === 0) return null;
  // The same search as snapshot.ts's examplesOf: the first row from the middle on with a recent click.
  let pick = -1;
  for (let i = Math.floor(n / 2); i < n && pick < 0; i++) if (recency[i] < 48 && c.clicks[i] > 0) pick = i;
  if (pick < 0) return null;
  const userId = c.user_id[pick];
  const out: UserTimeline = { userId, times: [], clicks: [], hoursSince: [] };
  for (let i = 0; i < n; i++) {
    if (c.user_id[i] !== userId) continue;
    out.times.push((c.timestamp[i] - first) / span);
    out.clicks.push(c.clicks[i]);
    out.hoursSince.push(Math.min(RECENCY_CAP_HOURS, recency[i]));
  }
  return out;
}

/** The session with the shortest gap back to a clicking session, and that clicking session. */
export function exampleGap(u: UserTimeline): { at: number; from: number } | null {
  let best: { at: number; from: number } | null = null;
  for (let i = 1; i < u.times.length; i++) {
    let j = i - 1;
    while (j >= 0 && u.clicks[j] <= 0) j--;
    if (j < 0) continue;
    if (!best || u.hoursSince[i] < u.hoursSince[best.at]) best = { at: i, from: j };
  }
  return best;
}
