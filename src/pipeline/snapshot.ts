/**
 * What the data stages' views need from a run, as small plain data: shapes,
 * counts, the dropped rows with reasons, distributions and worked examples.
 * The full tables stay in the engine; views page through them (pageRows).
 */
import { buildDotData, type DotData } from './dot-data';
import { FAULT_KINDS, type FaultKind } from './faults';
import { categoricalHistogram, integerHistogram, isWholeNumbers, numericHistogram, type Histogram } from './histogram';
import { quantile } from './quantile';
import type { RunData } from './run-data';
import { columnInfo, RAW_COLUMNS, RECENCY_CAP_HOURS, type FeatureColumnName } from './schema';
import { shapeOf, type Table } from './table';
import type { Shape } from './summary';

export interface DroppedRow {
  /** Row number in the collected data (0-based). */
  readonly row: number;
  readonly reason: FaultKind;
  /** The column whose value broke the rule. */
  readonly column: FeatureColumnName;
  /** All ten raw values of the row, in RAW_COLUMNS order (NaN = missing). */
  readonly values: number[];
}

export interface FeatureExample {
  readonly row: number;
  readonly userId: number;
  readonly timestamp: number;
  readonly clicks: number;
  readonly pageViews: number;
  readonly clickRate: number;
  /** When the same user last clicked before this session (ms), or null for "never / over 30 days ago". */
  readonly previousClickMs: number | null;
  readonly hoursSinceLastClick: number;
}

/** Slider range for one model feature in the prediction trace (from the training rows). */
export interface FeatureRange {
  readonly name: FeatureColumnName;
  readonly min: number;
  readonly max: number;
  readonly median: number;
  readonly categories?: readonly string[];
}

export interface DataSnapshot {
  readonly rawShape: Shape;
  readonly cleanShape: Shape;
  readonly featureShape: Shape;
  readonly trainRows: number;
  readonly validationRows: number;
  readonly users: number;
  readonly firstMs: number;
  readonly lastMs: number;
  readonly conversionRate: number;
  readonly cleaning: {
    readonly counts: Readonly<Record<FaultKind, number>>;
    readonly dropped: DroppedRow[];
    readonly droppedTotal: number;
    /** Faulty rows kept because cleaning was skipped (all zero when cleaning ran). */
    readonly keptFaulty: Readonly<Record<FaultKind, number>>;
    readonly skipped: boolean;
  };
  /** Distribution of each column after cleaning and feature engineering, split by label (no ids or timestamps). */
  readonly histograms: Partial<Record<FeatureColumnName, Histogram>>;
  /** The same for the collected rows before cleaning (missing values counted, not binned). */
  readonly rawHistograms: Partial<Record<FeatureColumnName, Histogram>>;
  readonly examples: FeatureExample[];
  readonly featureNames: FeatureColumnName[];
  readonly inputNames: readonly string[];
  readonly ranges: FeatureRange[];
  /** One mark per row (or per `stride` rows) for the dot view. */
  readonly dots: DotData;
}

const REASON_COLUMN: Record<FaultKind, FeatureColumnName> = {
  missing_clicks: 'clicks',
  negative_session_length: 'session_length_s',
  clicks_exceed_page_views: 'clicks',
  scroll_depth_out_of_range: 'scroll_depth',
};

/** Rows [offset, offset + limit) of `table` as arrays of values in column order. */
export function pageRows(table: Table, offset: number, limit: number): number[][] {
  const names = Object.keys(table.columns);
  const start = Math.max(0, Math.min(table.length, Math.floor(offset)));
  const end = Math.max(start, Math.min(table.length, start + Math.floor(limit)));
  const rows: number[][] = [];
  for (let i = start; i < end; i++) rows.push(names.map((n) => table.columns[n][i]));
  return rows;
}

const HOUR_MS = 3600 * 1000;

/** Three real rows that show the engineered features' cases: recent click, older click, none in 30 days. */
function examplesOf(data: RunData): FeatureExample[] {
  const c = data.features.columns;
  const recency = c.time_since_last_click;
  const n = data.features.length;
  if (!recency) return [];
  const picks: number[] = [];
  const cases: ((i: number) => boolean)[] = [
    (i) => recency[i] < 48 && c.clicks[i] > 0,
    (i) => recency[i] >= 48 && recency[i] < RECENCY_CAP_HOURS,
    (i) => recency[i] >= RECENCY_CAP_HOURS,
  ];
  for (const wanted of cases) {
    for (let i = Math.floor(n / 2); i < n; i++) {
      if (wanted(i)) {
        picks.push(i);
        break;
      }
    }
  }
  return picks.map((i) => ({
    row: i,
    userId: c.user_id[i],
    timestamp: c.timestamp[i],
    clicks: c.clicks[i],
    pageViews: c.page_views[i],
    clickRate: c.click_rate?.[i] ?? NaN,
    previousClickMs: recency[i] < RECENCY_CAP_HOURS ? c.timestamp[i] - recency[i] * HOUR_MS : null,
    hoursSinceLastClick: recency[i],
  }));
}

/** A histogram per plottable column of `table` (not ids, timestamps or the label). */
function histogramsOf(table: Table<FeatureColumnName>): Partial<Record<FeatureColumnName, Histogram>> {
  const label = table.columns.converted;
  const out: Partial<Record<FeatureColumnName, Histogram>> = {};
  for (const name of Object.keys(table.columns) as FeatureColumnName[]) {
    const info = columnInfo(name);
    if (!info || info.role === 'id' || info.role === 'time' || info.role === 'label') continue;
    const values = table.columns[name];
    out[name] = info.categories
      ? categoricalHistogram(values, label, info.categories)
      : isWholeNumbers(values)
        ? integerHistogram(values, label)
        : numericHistogram(values, label);
  }
  return out;
}

export function buildSnapshot(data: RunData, maxDropped = 500): DataSnapshot {
  const raw = data.generated.table;
  const features = data.features;
  const label = features.columns.converted;
  const histograms = histogramsOf(features);
  const dropped: DroppedRow[] = [];
  const { dropped: rows, droppedReasons } = data.cleaned;
  for (let k = 0; k < rows.length && dropped.length < maxDropped; k++) {
    const reason = FAULT_KINDS[droppedReasons[k]];
    dropped.push({
      row: rows[k],
      reason,
      column: REASON_COLUMN[reason],
      values: RAW_COLUMNS.map((c) => raw.columns[c.name][rows[k]]),
    });
  }
  let positives = 0;
  for (let i = 0; i < label.length; i++) positives += label[i];
  const ranges: FeatureRange[] = data.featureNames.map((name) => {
    const info = columnInfo(name);
    const col = features.columns[name];
    const sample = Array.from(data.split.train, (i) => col[i]);
    return info?.categories
      ? { name, min: 0, max: info.categories.length - 1, median: quantile(sample, 0.5), categories: info.categories }
      : { name, min: quantile(sample, 0), max: quantile(sample, 0.99), median: quantile(sample, 0.5) };
  });
  const ts = raw.columns.timestamp;
  return {
    rawShape: shapeOf(raw),
    cleanShape: shapeOf(data.cleaned.table),
    featureShape: shapeOf(features),
    trainRows: data.split.train.length,
    validationRows: data.split.validation.length,
    users: data.generated.population.size,
    firstMs: ts[0],
    lastMs: ts[raw.length - 1],
    conversionRate: features.length ? positives / features.length : 0,
    cleaning: {
      counts: data.cleaned.counts,
      dropped,
      droppedTotal: rows.length,
      keptFaulty: data.cleaned.keptFaulty,
      skipped: data.cleaned.skipped,
    },
    histograms,
    rawHistograms: histogramsOf(raw as Table<FeatureColumnName>),
    examples: examplesOf(data),
    featureNames: data.featureNames,
    inputNames: data.prep.inputNames,
    ranges,
    dots: buildDotData(data),
  };
}
