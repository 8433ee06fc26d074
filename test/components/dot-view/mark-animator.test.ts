import { MarkAnimator } from '../../../src/components/dot-view/mark-animator';
import { rasterize, pixelOf } from '../../../src/components/dot-view/draw-marks';
import { INK, SHAPE, type DotLayout } from '../../../src/pipeline/dot-layout/types';

function layout(x: number[], y: number[], ink: number[], size = 4): DotLayout {
  return {
    x: Float32Array.from(x),
    y: Float32Array.from(y),
    ink: Uint8Array.from(ink),
    shape: new Uint8Array(x.length).fill(SHAPE.square),
    size,
    labels: [],
    counts: {},
    summary: '',
    table: { caption: '', columns: [], rows: [] },
    legend: [],
  };
}

describe('MarkAnimator', () => {
  const from = layout([0, 10], [0, 0], [INK.converted, INK.notConverted]);
  const to = layout([100, 10], [50, 20], [INK.right, INK.hidden]);

  it('moves every mark between consecutive frames of a transition and ends exactly on the target', () => {
    const a = new MarkAnimator(2);
    a.place(from);
    a.setTarget(to, true, 1000);
    const seen: number[] = [];
    while (a.moving) {
      a.advance(16);
      seen.push(a.x[0]);
    }
    expect(seen.length).toBeGreaterThan(50);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(new Set(seen.slice(0, -1)).size).toBe(seen.length - 1);
    expect([a.x[0], a.y[0], a.x[1], a.y[1]]).toEqual([100, 50, 10, 20]);
    expect(a.inkAt(0)).toBe(INK.right);
  });

  it('keeps the old colour for the first half and the new one for the second', () => {
    const a = new MarkAnimator(2);
    a.place(from);
    a.setTarget(to, true, 1000);
    a.advance(400);
    expect(a.inkAt(0)).toBe(INK.converted);
    a.advance(200);
    expect(a.inkAt(0)).toBe(INK.right);
  });

  it('draws a mark that appears in its new colour as soon as it moves (a live batch is seen dropping in)', () => {
    const a = new MarkAnimator(2);
    a.place(layout([10, 30], [10, 10], [INK.hidden, INK.converted]));
    a.setTarget(layout([10, 30], [40, 10], [INK.right, INK.hidden]), true, 1000, 200);
    // Waiting out its delay it is still hidden; moving, it shows; a disappearing mark keeps its old colour to mid-way.
    a.advance(100);
    expect([a.inkAt(0), a.inkAt(1)]).toEqual([INK.hidden, INK.converted]);
    a.advance(200);
    expect([a.inkAt(0), a.shapeAt(0), a.inkAt(1)]).toEqual([INK.right, SHAPE.square, INK.converted]);
    const buf = new Uint32Array(40 * 50);
    rasterize(buf, 40, 50, a, 1);
    expect(buf.filter((v) => v === pixelOf('#009e73')).length).toBe(16);
    a.advance(500);
    expect([a.inkAt(0), a.inkAt(1)]).toEqual([INK.right, INK.hidden]);
  });

  it('waits `delay` ms at rest before moving, then moves as usual', () => {
    const a = new MarkAnimator(2);
    a.place(from);
    a.setTarget(to, true, 1000, 500);
    a.advance(480);
    expect(a.moving).toBe(true);
    expect([a.x[0], a.y[0]]).toEqual([0, 0]);
    expect(a.inkAt(0)).toBe(INK.converted);
    a.advance(40);
    expect(a.x[0]).toBeGreaterThan(0);
    a.finish();
    expect([a.x[0], a.y[0]]).toEqual([100, 50]);
    // Reduced motion: a delayed start is at its end state at once too.
    const still = new MarkAnimator(2);
    still.place(from);
    still.setTarget(to, false, 1000, 500);
    expect(still.moving).toBe(false);
    expect([still.x[0], still.y[0]]).toEqual([100, 50]);
  });

  it('knows the box a transition changes: only the marks that move or change ink, and the whole picture for a new size', () => {
    const a = new MarkAnimator(3);
    a.place(layout([10, 50, 90], [10, 10, 10], [INK.right, INK.right, INK.right]));
    a.setTarget(layout([10, 50, 90], [10, 30, 10], [INK.right, INK.wrong, INK.right]), true, 300);
    // Mark 1 moves from (50, 10) to (50, 30) at size 4: its box, a pixel of margin; marks 0 and 2 outside it.
    expect(a.dirty).toEqual({ x0: 47, y0: 7, x1: 53, y1: 33 });
    a.setTarget(layout([10, 50, 90], [10, 30, 10], [INK.right, INK.wrong, INK.right], 6), true, 300);
    expect(a.dirty).toBeNull();
  });

  it('without animation (reduced motion) is at the end state at once', () => {
    const a = new MarkAnimator(2);
    a.place(from);
    a.setTarget(to, false);
    expect(a.moving).toBe(false);
    expect(a.x[0]).toBe(100);
  });

  it('starts a new transition from where the marks are, not from the old target', () => {
    const a = new MarkAnimator(2);
    a.place(from);
    a.setTarget(to, true, 1000);
    a.advance(500);
    const mid = a.x[0];
    a.setTarget(from, true, 1000);
    expect(a.x[0]).toBeCloseTo(mid);
  });

  it('rejects a layout with another number of marks', () => {
    expect(() => new MarkAnimator(3).setTarget(to, false)).toThrow(/2 marks/);
  });
});

describe('rasterize', () => {
  it('paints each visible mark in its ink and skips hidden ones', () => {
    const a = new MarkAnimator(2);
    a.place(layout([5, 15], [5, 5], [INK.converted, INK.hidden], 4));
    const buf = new Uint32Array(20 * 10);
    rasterize(buf, 20, 10, a, 1);
    expect(buf[5 * 20 + 5]).toBe(pixelOf('#e69f00'));
    expect(buf[5 * 20 + 15]).toBe(0);
    expect(buf.filter((v) => v !== 0).length).toBe(16);
  });
});
