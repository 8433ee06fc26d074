/**
 * Where a layout's HTML label will sit, estimated without a DOM: the dot view
 * draws labels at 0.8rem (12.8 px) in the system sans-serif, whose average
 * character is about 0.55 em wide; 0.6 em per character over-estimates on
 * purpose, so a layout that keeps these boxes clear keeps the real text clear.
 */
import type { Rect } from './grid';
import type { DotLabel, DotLayout } from './types';
import { INK } from './types';

export const LABEL_FONT_PX = 12.8;

/** The label's box in CSS px (padding of 2 px each side as in dot-view.css). */
export function labelBox(l: DotLabel, fontPx = LABEL_FONT_PX): Rect {
  const w = [...l.text].length * fontPx * 0.6 + 4;
  const h = fontPx * 1.2;
  const x = l.align === 'start' ? l.x : l.align === 'middle' ? l.x - w / 2 : l.x - w;
  return { x, y: l.y - h / 2, w, h };
}

const meets = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Problems a label makes in `layout`: outside the box, on another label, or over a visible mark. */
export function labelClashes(layout: DotLayout, box: { width: number; height: number }, fontPx = LABEL_FONT_PX): string[] {
  const boxes = layout.labels.map((l) => labelBox(l, fontPx));
  const out: string[] = [];
  const half = layout.size / 2;
  boxes.forEach((b, i) => {
    const name = `“${layout.labels[i].text}”`;
    if (b.x < 0 || b.x + b.w > box.width || b.y < 0 || b.y + b.h > box.height) out.push(`${name} leaves the box`);
    for (let j = i + 1; j < boxes.length; j++) if (meets(b, boxes[j])) out.push(`${name} overlaps “${layout.labels[j].text}”`);
    for (let m = 0; m < layout.x.length; m++) {
      if (layout.ink[m] === INK.hidden) continue;
      const mark = { x: layout.x[m] - half, y: layout.y[m] - half, w: layout.size, h: layout.size };
      if (meets(b, mark)) {
        out.push(`${name} covers mark ${m}`);
        break;
      }
    }
  });
  return out;
}

/** The first of `texts` (longest wording first) whose label fits in `width` px, else the last. */
export function fitText(texts: readonly string[], width: number, fontPx = LABEL_FONT_PX): string {
  return texts.find((t) => labelBox({ text: t, x: 0, y: 0, align: 'start' }, fontPx).w <= width) ?? texts[texts.length - 1];
}
