/**
 * What one store instance owns besides its state: the engine, and which
 * request of each kind is the current one. Every engine call in the app goes
 * through the store's actions, which reach the engine only through this object.
 *
 * Supersede and cancel are explicit: starting a request of a kind makes every
 * older one of that kind stale, and a stale answer (or a stale failure, such as
 * the rejection of a cancelled training run) is dropped by its token — never
 * recognised by the wording of an error message.
 */
import type { EngineApi } from '../worker/protocol';

/** The kinds of request that can be superseded. */
export type Job = 'data' | 'train' | 'deployment' | 'monitor' | 'compare' | 'fix' | 'demo';

export class LabController {
  private readonly tokens: Record<Job, number> = { data: 0, train: 0, deployment: 0, monitor: 0, compare: 0, fix: 0, demo: 0 };
  /** The live stream's interval timer, while it runs. */
  private timer: ReturnType<typeof setInterval> | null = null;
  /** Live-batch requests sent and not yet answered (the timer skips a tick while one is out). */
  inFlight = 0;

  constructor(readonly engine: EngineApi) {}

  /** Starts a new request of this kind: every older one is superseded. Returns its token. */
  begin(job: Job): number {
    return ++this.tokens[job];
  }

  /** The token of the current request of this kind (for actions that join it rather than replace it). */
  current(job: Job): number {
    return this.tokens[job];
  }

  isCurrent(job: Job, token: number): boolean {
    return this.tokens[job] === token;
  }

  startTimer(everyMs: number, tick: () => void): void {
    this.stopTimer();
    this.timer = setInterval(tick, everyMs);
  }

  stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The demo's pending waits: each ends on its own condition, or all at once when the demo stops. */
  private readonly waits = new Set<() => void>();

  /** Resolves after `ms` milliseconds, or at once when wakeAll() is called. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waits.add(done);
    });
  }

  /**
   * Resolves when `ready()` holds, checked now and after every change `subscribe`
   * reports (a store's subscribe), or when wakeAll() is called.
   */
  until(subscribe: (listener: () => void) => () => void, ready: () => boolean): Promise<void> {
    if (ready()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        unsubscribe();
        this.waits.delete(done);
        resolve();
      };
      const unsubscribe = subscribe(() => {
        if (ready()) done();
      });
      this.waits.add(done);
    });
  }

  /** Ends every pending wait (the demo checks its token after each one). */
  wakeAll(): void {
    for (const done of [...this.waits]) done();
  }
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
