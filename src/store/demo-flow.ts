/**
 * The presenter's demo as a sequence of beats the store steps through: on each
 * beat it does what the beat's cue says (content/slide-beats.ts) — show it for
 * the demo's seconds, train and wait for the model and its deployment report,
 * run the live stream to its first alert, play the trace — then moves to the
 * next beat. It stops after the last beat, when the presenter stops it, or
 * when the training it started is stopped or fails (control goes back to the
 * presenter). Moving by hand meanwhile is fine: each beat is read afresh.
 */
import { WALK_STEPS } from '../content/steps';
import type { LabController } from './lab-controller';
import type { LabState } from './lab-store';
import { beatsOf } from './beats';

type Get = () => LabState;

/** Pause before asking a beat's visual to play, ms: long enough for the view to mount. */
const PLAY_DELAY_MS = 400;
type Subscribe = (listener: () => void) => () => void;

/** What the demo is waiting for on this beat, for the presenter's status line (null: nothing but time). */
export function demoWaiting(s: Pick<LabState, 'step' | 'beat' | 'trainStatus' | 'servingStatus' | 'monitor'>): string | null {
  const cue = beatsOf(s.step)[s.beat]?.cue;
  if (cue === 'train' && (s.trainStatus !== 'done' || s.servingStatus === 'running')) {
    return 'Training the model; the demo continues when it finishes.';
  }
  if (cue === 'stream-to-alert' && s.monitor.firing.length === 0) {
    return 'Live stream running; the demo continues at the first alert.';
  }
  return null;
}

const isLast = (s: LabState): boolean => s.step >= WALK_STEPS.length - 1 && s.beat >= beatsOf(s.step).length - 1;

/** Does the current beat's cue; false when the demo must end (its training was stopped or failed). */
async function perform(ctl: LabController, get: Get, subscribe: Subscribe): Promise<boolean> {
  const s = get();
  const cue = beatsOf(s.step)[s.beat]?.cue ?? 'show';
  if (cue === 'train') {
    if (s.trainStatus !== 'done') {
      // A run that started after this point has a newer token; it ends done, stopped or failed.
      const before = s.trainStatus === 'training' ? ctl.current('train') - 1 : ctl.current('train');
      if (s.trainStatus !== 'training') void s.train();
      const ended = (): boolean =>
        get().dataStatus === 'error' || (ctl.current('train') !== before && get().trainStatus !== 'training');
      await ctl.until(subscribe, ended);
      if (get().trainStatus !== 'done') return false;
    }
    await ctl.until(subscribe, () => get().servingStatus !== 'running');
    return true;
  }
  if (cue === 'stream-to-alert' && s.trainStatus === 'done') {
    await ctl.until(subscribe, () => get().servingStatus !== 'running');
    if (get().monitor.status !== 'running') await get().startMonitor();
    const m = () => get().monitor;
    await ctl.until(subscribe, () => m().firing.length > 0 || !['running', 'starting'].includes(m().status));
    if (get().monitor.status === 'running') get().pauseMonitor();
    return true;
  }
  if (cue === 'play') {
    // Let the beat's view mount first (it plays from the signal it sees change).
    await ctl.wait(PLAY_DELAY_MS);
    get().play();
  }
  await ctl.wait(s.demoSeconds * 1000);
  return true;
}

export async function runDemo(ctl: LabController, get: Get, subscribe: Subscribe, token: number): Promise<void> {
  // Started on the last beat: begin again from the first step.
  if (isLast(get())) get().goTo(0);
  for (;;) {
    const ok = await perform(ctl, get, subscribe);
    if (!ctl.isCurrent('demo', token)) return;
    if (!ok || isLast(get())) {
      get().setDemoRunning(false);
      return;
    }
    get().nextBeat();
  }
}
