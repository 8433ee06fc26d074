/**
 * Runs a MarkAnimator on a canvas: one requestAnimationFrame loop while marks
 * move, nothing while they rest or are paused; reduced motion jumps to each end
 * state. Plain imperative code outside React; the canvas exposes the frames
 * drawn while moving (data-frames), whether it is moving (data-moving) and the
 * transition's progress (data-progress, 0–1) for the browser tests.
 */
import type { Box, DotLayout } from '../../pipeline/dot-layout/types';
import { drawMarks } from './draw-marks';
import { MarkAnimator } from './mark-animator';

export interface PlayerSettings {
  box: Box;
  reduced: boolean;
  paused: boolean;
  /** Called whenever the marks come to rest at a transition's end state. */
  onSettled: () => void;
}

export class MarkPlayer {
  animator: MarkAnimator | null = null;
  private raf = 0;
  private last = 0;
  private image: ImageData | null = null;
  /** True while the canvas holds exactly the previous frame (so a frame may put only what changed). */
  private drawn = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    public settings: PlayerSettings,
  ) {}

  /** A fresh picture: marks placed at `entry`, moving to `layout`. */
  start(entry: DotLayout, layout: DotLayout): void {
    const a = new MarkAnimator(layout.x.length);
    if (entry.x.length === layout.x.length) a.place(entry);
    a.setTarget(layout, !this.settings.reduced, undefined, layout.enterDelayMs);
    this.animator = a;
    this.drawn = false;
    this.kick();
  }

  /** A new end state for the same marks: they move from where they are now. */
  retarget(layout: DotLayout, ms: number): void {
    if (!this.animator || this.animator.n !== layout.x.length) return this.start(layout, layout);
    this.animator.setTarget(layout, !this.settings.reduced, ms);
    this.kick();
  }

  update(settings: Partial<PlayerSettings>): void {
    this.settings = { ...this.settings, ...settings };
    if (this.settings.reduced) this.animator?.finish();
    this.kick();
  }

  /** Jumps to the current transition's end state. */
  finish(): void {
    this.animator?.finish();
    this.kick();
  }

  /** Draws now, and keeps the loop going while the marks move and the player is not paused. */
  kick(): void {
    const a = this.animator;
    if (!a) return;
    this.paint();
    if (!a.moving) return this.settings.onSettled();
    if (!this.settings.paused && !this.raf) {
      this.last = 0;
      this.raf = requestAnimationFrame(this.frame);
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private readonly frame = (now: number): void => {
    this.raf = 0;
    const a = this.animator;
    if (!a || this.settings.paused) return;
    // A long gap (background tab, a slow frame) is not allowed to skip the motion.
    const dt = this.last ? Math.min(50, now - this.last) : 16;
    this.last = now;
    a.advance(dt);
    a.frames++;
    this.paint();
    if (a.moving) this.raf = requestAnimationFrame(this.frame);
    else this.settings.onSettled();
  };

  private paint(): void {
    const a = this.animator;
    // willReadFrequently keeps the canvas in CPU memory: putImageData then costs no GPU upload.
    const ctx = this.canvas.getContext?.('2d', { willReadFrequently: true });
    if (!a || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = this.settings.box;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      [this.canvas.width, this.canvas.height] = [w, h];
      this.drawn = false;
    }
    this.image = drawMarks(ctx, a, this.image, dpr, this.drawn);
    this.drawn = true;
    this.canvas.dataset.frames = String(a.frames);
    this.canvas.dataset.moving = String(a.moving);
    this.canvas.dataset.progress = a.t.toFixed(2);
  }
}
