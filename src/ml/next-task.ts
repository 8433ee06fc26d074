/**
 * Cooperative multitasking inside the worker: long work yields between bounded
 * pieces so queued messages (a newer Train or Regenerate, a cancel) get through,
 * and stops at the next piece once its signal aborts.
 */

/** Thrown when serving or deployment work is superseded by a newer request. */
export class WorkCancelled extends Error {
  constructor() {
    super('Cancelled: a newer request replaced this work');
    this.name = 'WorkCancelled';
  }
}

/** Throws WorkCancelled when `signal` has aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkCancelled();
}

/**
 * Yields to the event loop for one task. A MessageChannel task, not
 * setTimeout(0): timers nested this deep are clamped to ≥ 4 ms, a message is not.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
