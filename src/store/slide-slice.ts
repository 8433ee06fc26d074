/**
 * Present mode's slides: which beat of the current step is on screen, the
 * blanked screen, and the demo, which the store steps through beat by beat
 * (store/demo-flow.ts) — the demo drives what the audience sees.
 */
import type { StateCreator } from 'zustand';
import { beatsOf } from './beats';
import { runDemo } from './demo-flow';
import type { LabController } from './lab-controller';
import type { LabState } from './lab-store';
import { stepAfter, viewOf } from './mode-registry';

/** Seconds the presenter demo shows each beat (training and the live stream wait for their own ends). */
export const DEMO_SECONDS = [4, 8, 12, 20] as const;

export interface SlideSlice {
  /** Index into the current step's beats (SLIDES in content/slide-beats.ts); 0 on every step change. */
  beat: number;
  /** B: the projector shows black until B again. */
  blanked: boolean;
  /** The presenter's demo is running. */
  demoRunning: boolean;
  demoSeconds: number;
  /** Counts the demo's requests to play the current visual (the trace's layers); views play when it changes. */
  playSignal: number;
  /** PageDown / →: the next beat, or the next step's first beat after the last one. */
  nextBeat(): void;
  /** PageUp / ←: the previous beat, or the previous step's last beat. */
  prevBeat(): void;
  setBlanked(blanked: boolean): void;
  setDemoRunning(running: boolean): void;
  setDemoSeconds(seconds: number): void;
  /** Asks the current visual to play its animation. */
  play(): void;
}

export const createSlideSlice =
  (ctl: LabController): StateCreator<LabState, [], [], SlideSlice> =>
  (set, get, api) => ({
    beat: 0,
    blanked: false,
    demoRunning: false,
    demoSeconds: 8,
    playSignal: 0,
    nextBeat: () => {
      const s = get();
      if (s.beat < beatsOf(s.step).length - 1) set({ beat: s.beat + 1 });
      else s.next();
    },
    prevBeat: () => {
      const s = get();
      if (s.beat > 0) return set({ beat: s.beat - 1 });
      const to = stepAfter(viewOf(s.mode, s.hidden), s.step, -1);
      if (to === s.step) return;
      s.goTo(to);
      set({ beat: beatsOf(to).length - 1 });
    },
    setBlanked: (blanked) => set({ blanked }),
    setDemoRunning: (running) => {
      if (running === get().demoRunning) return;
      const token = ctl.begin('demo');
      ctl.wakeAll();
      set({ demoRunning: running });
      if (running) void runDemo(ctl, get, api.subscribe, token);
    },
    setDemoSeconds: (seconds) =>
      set({ demoSeconds: (DEMO_SECONDS as readonly number[]).includes(seconds) ? seconds : get().demoSeconds }),
    play: () => set((s) => ({ playSignal: s.playSignal + 1 })),
  });
