/**
 * The marks' motion: from-state and to-state in typed arrays, interpolated in
 * one loop per frame. No DOM here, so it is unit-testable; draw-marks.ts paints
 * its current state.
 */
import { INK, type DotLayout } from '../../pipeline/dot-layout/types';

export const TRANSITION_MS = 1100;

const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export class MarkAnimator {
  readonly n: number;
  readonly fromX: Float32Array;
  readonly fromY: Float32Array;
  readonly toX: Float32Array;
  readonly toY: Float32Array;
  /** Interpolated positions of the current frame. */
  readonly x: Float32Array;
  readonly y: Float32Array;
  fromInk: Uint8Array;
  toInk: Uint8Array;
  fromShape: Uint8Array;
  toShape: Uint8Array;
  fromSize = 2;
  toSize = 2;
  /** Progress of the current transition, 0–1 (1 = settled; below 0 while a delayed start waits). */
  t = 1;
  /** Frames drawn while moving (a test hook reads it). */
  frames = 0;
  duration = TRANSITION_MS;
  /**
   * CSS-px box that holds every mark the current transition changes (its start
   * and end positions, the mark's size around them), or null when the whole
   * picture changes (a new size). Marks move on straight lines between the two,
   * so every frame of the transition differs from the last only inside it.
   */
  dirty: { x0: number; y0: number; x1: number; y1: number } | null = null;

  constructor(n: number) {
    this.n = n;
    [this.fromX, this.fromY, this.toX, this.toY, this.x, this.y] = Array.from({ length: 6 }, () => new Float32Array(n));
    this.fromInk = new Uint8Array(n).fill(INK.hidden);
    this.toInk = new Uint8Array(n).fill(INK.hidden);
    this.fromShape = new Uint8Array(n);
    this.toShape = new Uint8Array(n);
  }

  get moving(): boolean {
    return this.t < 1;
  }

  /**
   * Whether mark m is drawn with its old ink and shape in the current frame: for the first half of a
   * transition — except a mark that appears, which shows its new ones as soon as it moves (drawn
   * hidden until mid-way, a live batch dropping into its column was seen only for the last half).
   */
  usesFrom(m: number): boolean {
    return this.t < 0.5 && !(this.t > 0 && this.fromInk[m] === INK.hidden);
  }

  /** Ink of mark m in the current frame (see usesFrom). */
  inkAt(m: number): number {
    return this.usesFrom(m) ? this.fromInk[m] : this.toInk[m];
  }

  shapeAt(m: number): number {
    return this.usesFrom(m) ? this.fromShape[m] : this.toShape[m];
  }

  get size(): number {
    return this.fromSize + (this.toSize - this.fromSize) * ease(Math.max(0, this.t));
  }

  /**
   * Starts moving from the current frame to `to` (or jumps there when `animate` is false),
   * after `delay` ms at rest (t counts up from −delay/duration to 0 first).
   */
  setTarget(to: DotLayout, animate: boolean, duration = TRANSITION_MS, delay = 0): void {
    if (to.x.length !== this.n) throw new Error(`The layout has ${to.x.length} marks, the view ${this.n}`);
    // The current frame's inks and shapes become the from-state (copied: toInk may be a layout's own array).
    if (this.t >= 0.5) {
      this.fromInk.set(this.toInk);
      this.fromShape.set(this.toShape);
    }
    this.fromX.set(this.x);
    this.fromY.set(this.y);
    this.fromSize = this.size;
    this.toX.set(to.x);
    this.toY.set(to.y);
    this.toInk = to.ink;
    this.toShape = to.shape;
    this.toSize = to.size;
    this.dirty = this.changedBox();
    this.duration = duration;
    this.t = -Math.max(0, delay) / duration;
    this.advance(0);
    if (!animate) this.finish();
  }

  private changedBox(): MarkAnimator['dirty'] {
    if (this.fromSize !== this.toSize) return null;
    const { fromX, fromY, toX, toY, fromInk, toInk, fromShape, toShape } = this;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let m = 0; m < this.n; m++) {
      if (fromInk[m] === INK.hidden && toInk[m] === INK.hidden) continue;
      if (fromX[m] === toX[m] && fromY[m] === toY[m] && fromInk[m] === toInk[m] && fromShape[m] === toShape[m]) continue;
      x0 = Math.min(x0, fromX[m], toX[m]);
      x1 = Math.max(x1, fromX[m], toX[m]);
      y0 = Math.min(y0, fromY[m], toY[m]);
      y1 = Math.max(y1, fromY[m], toY[m]);
    }
    const h = this.toSize / 2 + 1;
    return x0 > x1 ? { x0: 0, y0: 0, x1: 0, y1: 0 } : { x0: x0 - h, y0: y0 - h, x1: x1 + h, y1: y1 + h };
  }

  /** Puts every mark at `layout` at once (the starting state a transition leaves from). */
  place(layout: DotLayout): void {
    this.setTarget(layout, false);
  }

  /** Moves time on by dt ms and recomputes the positions. */
  advance(dt: number): void {
    this.t = Math.min(1, this.t + dt / this.duration);
    const k = ease(Math.max(0, this.t));
    const { fromX, fromY, toX, toY, x, y } = this;
    for (let m = 0; m < this.n; m++) {
      x[m] = fromX[m] + (toX[m] - fromX[m]) * k;
      y[m] = fromY[m] + (toY[m] - fromY[m]) * k;
    }
  }

  finish(): void {
    // Straight to the end, also from a delayed start (t < 0).
    this.t = 1;
    this.advance(0);
  }
}
