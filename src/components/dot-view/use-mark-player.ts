/** Binds a MarkPlayer to a canvas element and keeps it in step with the view's props. */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Box, DotLayout } from '../../pipeline/dot-layout/types';
import { MarkPlayer } from './mark-player';

export interface PlayerOptions {
  readonly layout: DotLayout;
  readonly entry: DotLayout;
  readonly box: Box;
  readonly reduced: boolean;
  readonly paused: boolean;
  /** Changing it restarts from `entry`. */
  readonly replay: number;
  /** Bumping it jumps to the current end state. */
  readonly finishToken: number;
  /** Changing it lets a resting player report that it rests again (so waiting epochs get shown). */
  readonly pulse: number;
  readonly onSettled: () => void;
}

/** Transition time when a control (threshold, epoch) changes the picture within a step, ms. */
const RETARGET_MS = 900;

export function useMarkPlayer(canvas: RefObject<HTMLCanvasElement | null>, o: PlayerOptions): RefObject<MarkPlayer | null> {
  const player = useRef<MarkPlayer | null>(null);
  const started = useRef<{ replay: number; layout: DotLayout } | null>(null);
  const { layout, entry, box, reduced, paused, replay, finishToken, pulse, onSettled } = o;

  // Layout effects: the canvas changes in the same frame as the HTML labels over it.
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const p = new MarkPlayer(el, { box, reduced, paused, onSettled });
    player.current = p;
    return () => {
      p.dispose();
      player.current = null;
      started.current = null;
    };
    // The player is made once per canvas; later settings arrive through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvas]);

  useLayoutEffect(() => {
    player.current?.update({ box, reduced, paused, onSettled });
  }, [box, reduced, paused, onSettled]);

  useLayoutEffect(() => {
    const p = player.current;
    if (!p) return;
    const s = started.current;
    if (!s || s.replay !== replay) p.start(entry, layout);
    else if (s.layout !== layout) p.retarget(layout, layout.retargetMs ?? RETARGET_MS);
    started.current = { replay, layout };
  }, [layout, entry, replay]);

  useEffect(() => {
    if (finishToken > 0) player.current?.finish();
  }, [finishToken]);

  useEffect(() => {
    player.current?.kick();
  }, [pulse]);

  return player;
}
