/**
 * What a stage's dot layout is: a target position, colour and shape per mark,
 * labelled regions with their counts, and the same counts as a sentence and a
 * table. Pure data in CSS pixels of a `width` × `height` box; the renderer only
 * draws it.
 */

/** Palette slots (the renderer maps them to colours; the legend names them). */
export const INK = {
  hidden: 255,
  neutral: 0,
  notConverted: 1,
  converted: 2,
  faultMissing: 3,
  faultNegative: 4,
  faultClicks: 5,
  faultScroll: 6,
  right: 7,
  wrong: 8,
  faded: 9,
  weight: 10,
  changed: 11,
  trainingShare: 12,
  liveShare: 13,
} as const;

/** Shapes besides colour: filled square, plus sign, hollow square. */
export const SHAPE = { square: 0, plus: 1, ring: 2 } as const;

export interface DotLabel {
  readonly text: string;
  /** Anchor point, CSS px from the box's top-left. */
  readonly x: number;
  readonly y: number;
  readonly align: 'start' | 'middle' | 'end';
}

export interface DotTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface DotLayout {
  /** Target position of each mark's centre, CSS px. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** INK slot per mark (INK.hidden = not drawn). */
  readonly ink: Uint8Array;
  readonly shape: Uint8Array;
  /** Side of a mark, CSS px. */
  readonly size: number;
  readonly labels: readonly DotLabel[];
  /** Named counts of rows (not marks) this layout shows, for the summary and tests. */
  readonly counts: Readonly<Record<string, number>>;
  /** What the picture shows, with its counts, for screen readers. */
  readonly summary: string;
  readonly table: DotTable;
  /** A second table where the picture has two parts (stage 7: the drift overlay's shares). */
  readonly extraTable?: DotTable;
  /** Legend entries: which ink and shape mean what. */
  readonly legend: readonly { readonly ink: number; readonly shape: number; readonly text: string }[];
  /** Rows each mark stands for, when it is not the run's dots.stride (the live stream draws one mark per live row). */
  readonly rowsPerMark?: number;
  /** Length of a transition into this layout from the previous one on the same step, ms (the player's default when absent). */
  readonly retargetMs?: number;
  /** Wait before the marks start moving when the step opens, ms (another part of the picture goes first). */
  readonly enterDelayMs?: number;
}

export interface Box {
  readonly width: number;
  readonly height: number;
}
