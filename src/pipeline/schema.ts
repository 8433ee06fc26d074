/**
 * The dataset's columns: names, types, units and what each means to a student.
 * Categorical columns are stored as small integer codes into `categories`.
 */

export const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
export const SOURCES = ['search', 'social', 'direct', 'email'] as const;

export type ColumnRole = 'id' | 'time' | 'categorical' | 'numeric' | 'label';

export interface ColumnInfo {
  readonly name: string;
  readonly role: ColumnRole;
  readonly unit?: string;
  readonly categories?: readonly string[];
  readonly description: string;
}

/** The 10 raw columns that Data Collection produces, in display order. */
export const RAW_COLUMNS = [
  { name: 'user_id', role: 'id', description: 'Which user the session belongs to; users come back over several weeks.' },
  {
    name: 'timestamp',
    role: 'time',
    // What the tables show (components/format-value.ts); the stored number is ms since 1970.
    unit: 'date and time, UTC (YYYY-MM-DD hh:mm)',
    description: 'When the session started, to the minute in UTC; stored as milliseconds since 1970.',
  },
  { name: 'device', role: 'categorical', categories: DEVICES, description: 'The device the session came from.' },
  {
    name: 'source',
    role: 'categorical',
    categories: SOURCES,
    description: 'How the user arrived: search, social, direct or an email link.',
  },
  { name: 'session_length_s', role: 'numeric', unit: 's', description: 'How long the session lasted.' },
  { name: 'page_views', role: 'numeric', unit: 'pages', description: 'Pages viewed in the session.' },
  {
    name: 'clicks',
    role: 'numeric',
    unit: 'clicks',
    description: 'Clicks on products or calls to action. Missing when the tracker failed.',
  },
  { name: 'scroll_depth', role: 'numeric', unit: 'fraction 0–1', description: 'Average share of each page scrolled.' },
  { name: 'load_time_ms', role: 'numeric', unit: 'ms', description: 'Average page load time the user waited.' },
  { name: 'converted', role: 'label', description: 'The label: 1 if the session ended in a purchase, else 0.' },
] as const satisfies readonly ColumnInfo[];

/** The 2 columns Feature Engineering adds. */
export const ENGINEERED_COLUMNS = [
  {
    name: 'click_rate',
    role: 'numeric',
    unit: 'clicks per page view',
    description: 'clicks ÷ page_views: how much of what the user saw they acted on (0–1).',
  },
  {
    name: 'time_since_last_click',
    role: 'numeric',
    unit: 'hours',
    description:
      'Hours since this user’s previous session that had at least one click, capped at 720 h (30 days). ' +
      'A user’s first session, or one with no clicking session in the past 30 days, gets the cap: 720 means “not recently”.',
  },
] as const satisfies readonly ColumnInfo[];

export type RawColumnName = (typeof RAW_COLUMNS)[number]['name'];
export type EngineeredColumnName = (typeof ENGINEERED_COLUMNS)[number]['name'];
export type FeatureColumnName = RawColumnName | EngineeredColumnName;

/** The cap (and the first-session value) of time_since_last_click, in hours. */
export const RECENCY_CAP_HOURS = 720;

export const ALL_COLUMNS: readonly ColumnInfo[] = [...RAW_COLUMNS.slice(0, -1), ...ENGINEERED_COLUMNS, RAW_COLUMNS[9]];

export function columnInfo(name: string): ColumnInfo | undefined {
  return ALL_COLUMNS.find((c) => c.name === name);
}

/** Each categorical column's category names (its codes index them), derived from the columns above. */
export const CATEGORIES: Readonly<Partial<Record<FeatureColumnName, readonly string[]>>> = Object.fromEntries(
  ALL_COLUMNS.flatMap((c) => (c.categories ? [[c.name, c.categories]] : [])),
);

/**
 * The model's input features, before encoding, in the order the model sees them.
 * user_id and timestamp identify a row; they are not features.
 */
export function modelFeatureNames(useEngineered: boolean): FeatureColumnName[] {
  const base: FeatureColumnName[] = [
    'device',
    'source',
    'session_length_s',
    'page_views',
    'clicks',
    'scroll_depth',
    'load_time_ms',
  ];
  return useEngineered ? [...base, 'click_rate', 'time_since_last_click'] : base;
}
