/**
 * Paints a MarkAnimator's current frame by writing pixels into one ImageData
 * (a Uint32Array view) and putting it on the canvas once. Canvas paths were
 * measured at 150–400 ms a frame for 10,000 marks in headless Chromium on
 * SwiftShader (the 2D canvas is GPU-composited there); pixels cost a few ms
 * on any machine.
 */
import { INK, SHAPE } from '../../pipeline/dot-layout/types';
import type { MarkAnimator } from './mark-animator';

/** Okabe–Ito colours (distinguishable with the common colour-vision deficiencies); shapes carry the meaning too. */
export const PALETTE: Readonly<Record<number, string>> = {
  [INK.neutral]: '#6b7280',
  [INK.notConverted]: '#0072b2',
  [INK.converted]: '#e69f00',
  [INK.faultMissing]: '#cc79a7',
  [INK.faultNegative]: '#d55e00',
  [INK.faultClicks]: '#000000',
  [INK.faultScroll]: '#56b4e9',
  [INK.right]: '#009e73',
  [INK.wrong]: '#d55e00',
  [INK.faded]: '#9aa0a6',
  [INK.weight]: '#0072b2',
  [INK.changed]: '#d55e00',
  [INK.trainingShare]: '#6b7280',
  [INK.liveShare]: '#0072b2',
};

/** #rrggbb → a little-endian RGBA pixel (0xAABBGGRR), opaque. */
export function pixelOf(hex: string): number {
  const v = parseInt(hex.slice(1), 16);
  return (0xff000000 | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff)) >>> 0;
}

const PIXELS = new Uint32Array(256);
for (const [k, hex] of Object.entries(PALETTE)) PIXELS[Number(k)] = pixelOf(hex);

/**
 * Fills the clipped rectangle with one pixel value. Marks are a few pixels wide,
 * so plain index writes beat a TypedArray.fill call per pixel row (measured:
 * the per-call cost dominated a 10,000-mark frame).
 */
function fillRect(buf: Uint32Array, w: number, h: number, x0: number, y0: number, rw: number, rh: number, px: number): void {
  const xa = x0 < 0 ? 0 : x0;
  const ya = y0 < 0 ? 0 : y0;
  const xb = x0 + rw > w ? w : x0 + rw;
  const yb = y0 + rh > h ? h : y0 + rh;
  for (let yy = ya; yy < yb; yy++) {
    const row = yy * w;
    for (let i = row + xa, end = row + xb; i < end; i++) buf[i] = px;
  }
}

/** Draws every visible mark into `buf` (device pixels, `w` × `h`), `scale` device px per CSS px. */
export function rasterize(buf: Uint32Array, w: number, h: number, a: MarkAnimator, scale: number): void {
  buf.fill(0);
  const s = Math.max(1, Math.round(a.size * scale));
  const half = s / 2;
  const bar = Math.max(1, Math.round(s / 3));
  const off = Math.floor((s - bar) / 2);
  // One transition half draws the old inks and shapes, the other the new ones; a mark that appears
  // shows its new ones once it moves (as MarkAnimator.usesFrom decides, inlined for the hot loop).
  const early = a.t < 0.5;
  const appearing = early && a.t > 0;
  const inks = early ? a.fromInk : a.toInk;
  const shapes = early ? a.fromShape : a.toShape;
  const { x, y, n, toInk, toShape } = a;
  for (let m = 0; m < n; m++) {
    let ink = inks[m];
    let shape = shapes[m];
    if (ink === INK.hidden) {
      if (!appearing) continue;
      ink = toInk[m];
      shape = toShape[m];
      if (ink === INK.hidden) continue;
    }
    const px = PIXELS[ink];
    const x0 = Math.round(x[m] * scale - half);
    const y0 = Math.round(y[m] * scale - half);
    if (shape === SHAPE.plus && s >= 3) {
      fillRect(buf, w, h, x0, y0 + off, s, bar, px);
      fillRect(buf, w, h, x0 + off, y0, bar, s, px);
    } else if (shape === SHAPE.ring && s >= 3) {
      fillRect(buf, w, h, x0, y0, s, 1, px);
      fillRect(buf, w, h, x0, y0 + s - 1, s, 1, px);
      fillRect(buf, w, h, x0, y0 + 1, 1, s - 2, px);
      fillRect(buf, w, h, x0 + s - 1, y0 + 1, 1, s - 2, px);
    } else fillRect(buf, w, h, x0, y0, s, s, px);
  }
}

/**
 * Draws the current frame on `ctx` (its canvas sized `w` × `h` device pixels), reusing `image` when it fits.
 * With `onlyChanged`, only the animator's dirty box is put on the canvas: putting the whole picture is
 * what costs (measured: a 1844 × 571 put per frame kept the main thread busy past 50 ms while the
 * live stream ran), and a new live batch changes one column and the overlay.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  a: MarkAnimator,
  image: ImageData | null,
  scale: number,
  onlyChanged = false,
): ImageData {
  const { width: w, height: h } = ctx.canvas;
  const fresh = !(image && image.width === w && image.height === h);
  const img = fresh ? ctx.createImageData(w, h) : image;
  rasterize(new Uint32Array(img.data.buffer), w, h, a, scale);
  const d = a.dirty;
  if (!onlyChanged || fresh || !d) ctx.putImageData(img, 0, 0);
  else {
    const x0 = Math.max(0, Math.floor(d.x0 * scale));
    const y0 = Math.max(0, Math.floor(d.y0 * scale));
    const x1 = Math.min(w, Math.ceil(d.x1 * scale));
    const y1 = Math.min(h, Math.ceil(d.y1 * scale));
    if (x1 > x0 && y1 > y0) ctx.putImageData(img, 0, 0, x0, y0, x1 - x0, y1 - y0);
  }
  return img;
}
