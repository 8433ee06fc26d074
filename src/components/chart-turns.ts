/**
 * Charts take turns to mount, one per task. recharts (since replaced by plain SVG)
 * laid out and measured its text while it mounted (tens of ms a chart on 2 cores),
 * and a step that opened with six charts mounted them all in one main-thread
 * task (over 50 ms, and up to a second at 1,000,000 rows under load). A chart's
 * turn starts once the previous chart has been drawn (or has given up, or a
 * safety timeout passed) and the page has been through a task boundary.
 */

/** A turn waiting on a chart whose code never arrives gives way after this long, ms. */
const TURN_TIMEOUT_MS = 1500;

export interface ChartTurn {
  /** Resolves when this chart may mount. */
  readonly ready: Promise<void>;
  /** Ends the turn (the chart was drawn, failed, or left the page); safe to call more than once. */
  readonly done: () => void;
}

/** The page's one queue of chart turns (charts from every view share the main thread). */
let queue: Promise<void> = Promise.resolve();

export function takeTurn(): ChartTurn {
  let done = (): void => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const ready = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const timedOut = ready.then(() => new Promise<void>((resolve) => setTimeout(resolve, TURN_TIMEOUT_MS)));
  queue = Promise.race([ready.then(() => finished), timedOut]);
  return { ready, done: () => done() };
}
