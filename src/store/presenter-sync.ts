/**
 * Keeps the presenter view (a second window of the same origin, `?presenter`)
 * in step with the slides, through a BroadcastChannel: no server, so it works
 * offline with the two windows on two screens of one laptop. The main window
 * announces where it is; the presenter view asks on opening and can move the
 * slides with its own buttons (the main window's store does the moving).
 */
import type { LabStore } from './lab-store';
import { viewOf } from './mode-registry';

export const PRESENT_CHANNEL = 'pipeline-lab:present';

/** What the presenter view needs to know of the slides. */
export interface SlideState {
  readonly step: number;
  readonly beat: number;
  readonly demoRunning: boolean;
  readonly trainStatus: string;
  /** The steps the slides visit (the classroom settings may leave the quiz out), as indices into STEPS. */
  readonly steps: readonly number[];
}

export type PresentMessage =
  | { readonly kind: 'slide'; readonly slide: SlideState }
  | { readonly kind: 'hello' }
  | { readonly kind: 'move'; readonly direction: 1 | -1 };

/** The channel both windows use; null where the browser has no BroadcastChannel. */
export type OpenChannel = () => BroadcastChannel | null;
export const openPresentChannel: OpenChannel = () =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENT_CHANNEL);

const slideOf = (s: ReturnType<LabStore['getState']>): SlideState => ({
  step: s.step,
  beat: s.beat,
  demoRunning: s.demoRunning,
  trainStatus: s.trainStatus,
  steps: viewOf(s.mode, s.hidden).steps,
});

const same = (a: SlideState, b: SlideState): boolean =>
  a.step === b.step &&
  a.beat === b.beat &&
  a.demoRunning === b.demoRunning &&
  a.trainStatus === b.trainStatus &&
  a.steps.join() === b.steps.join();

/** Main window: announces every change of the slides and answers the presenter view. Returns the cleanup. */
export function broadcastSlides(store: LabStore, open: OpenChannel = openPresentChannel): () => void {
  const channel = open();
  if (!channel) return () => {};
  let last = slideOf(store.getState());
  const send = (): void => channel.postMessage({ kind: 'slide', slide: last } satisfies PresentMessage);
  const unsubscribe = store.subscribe((s) => {
    const now = slideOf(s);
    if (same(now, last)) return;
    last = now;
    send();
  });
  channel.onmessage = (e: MessageEvent<PresentMessage>) => {
    if (e.data?.kind === 'hello') send();
    else if (e.data?.kind === 'move') {
      const s = store.getState();
      if (e.data.direction === 1) s.nextBeat();
      else s.prevBeat();
    }
  };
  send();
  return () => {
    unsubscribe();
    channel.close();
  };
}

/** Presenter view: follows the slides; `move` asks the main window to change beat. */
export function followSlides(
  onSlide: (slide: SlideState) => void,
  open: OpenChannel = openPresentChannel,
): { move(direction: 1 | -1): void; close(): void } | null {
  const channel = open();
  if (!channel) return null;
  channel.onmessage = (e: MessageEvent<PresentMessage>) => {
    if (e.data?.kind === 'slide') onSlide(e.data.slide);
  };
  channel.postMessage({ kind: 'hello' } satisfies PresentMessage);
  return {
    move: (direction) => channel.postMessage({ kind: 'move', direction } satisfies PresentMessage),
    close: () => channel.close(),
  };
}
