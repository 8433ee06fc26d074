import { createLabStore } from '../../src/store/lab-store';
import { broadcastSlides, followSlides, type SlideState } from '../../src/store/presenter-sync';
import { noEngine } from './no-engine';

/** Two ends of one in-memory channel, delivering messages synchronously as BroadcastChannel would (to the other end only). */
function channelPair() {
  type End = { onmessage: ((e: MessageEvent) => void) | null; postMessage(data: unknown): void; close(): void; closed: boolean };
  const make = (): End => ({ onmessage: null, postMessage: () => {}, close() {}, closed: false });
  const a = make();
  const b = make();
  const link = (from: End, to: End) => {
    from.postMessage = (data) => to.onmessage?.({ data } as MessageEvent);
    from.close = () => {
      from.closed = true;
    };
  };
  link(a, b);
  link(b, a);
  return { main: () => a as unknown as BroadcastChannel, presenter: () => b as unknown as BroadcastChannel, a, b };
}

describe('presenter sync', () => {
  it('the presenter view follows the slides, and its buttons move them', () => {
    const store = createLabStore(noEngine());
    store.getState().setMode('present');
    const pair = channelPair();
    const seen: SlideState[] = [];
    const stop = broadcastSlides(store, pair.main);
    const follower = followSlides((s) => seen.push(s), pair.presenter);
    // The presenter's hello is answered with where the slides are.
    expect(seen.at(-1)).toMatchObject({ step: 0, beat: 0, demoRunning: false });
    store.getState().nextBeat();
    expect(seen.at(-1)).toMatchObject({ step: 0, beat: 1 });
    store.getState().nextBeat();
    expect(seen.at(-1)).toMatchObject({ step: 1, beat: 0 });
    follower?.move(-1);
    expect(store.getState()).toMatchObject({ step: 0, beat: 1 });
    follower?.move(1);
    expect(store.getState()).toMatchObject({ step: 1, beat: 0 });
    // A change the presenter view does not show sends nothing new.
    const count = seen.length;
    store.getState().setDemoSeconds(4);
    expect(seen.length).toBe(count);
    // The classroom settings reach the presenter's "next" (a hidden quiz is left out of the steps).
    store.getState().toggleHidden('quiz', true);
    expect(seen.at(-1)?.steps).not.toContain(8);
    stop();
    expect(pair.a.closed).toBe(true);
    follower?.close();
  });

  it('does nothing where the browser has no BroadcastChannel', () => {
    const store = createLabStore(noEngine());
    expect(() => broadcastSlides(store, () => null)()).not.toThrow();
    expect(
      followSlides(
        () => {},
        () => null,
      ),
    ).toBeNull();
  });
});
