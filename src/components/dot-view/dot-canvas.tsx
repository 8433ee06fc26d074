/**
 * The canvas, its HTML labels (real text, so they scale in Present mode) and
 * the row under the pointer or keyboard focus. The marks themselves are never
 * DOM nodes.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { INK } from '../../pipeline/dot-layout/types';
import { useMarkPlayer, type PlayerOptions } from './use-mark-player';

/** The player's options (use-mark-player.ts), plus what the canvas adds for people. */
export interface DotCanvasProps extends PlayerOptions {
  /** Id of the text summary that describes the picture. */
  readonly summaryId: string;
  readonly describe: (m: number) => string;
}

export function DotCanvas(p: DotCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const player = useMarkPlayer(canvas, p);
  const [picked, setPicked] = useState<number | null>(null);

  const visible = (m: number) => p.layout.ink[m] !== INK.hidden;
  const nearest = (e: PointerEvent<HTMLCanvasElement>): number | null => {
    const a = player.current?.animator;
    if (!a) return null;
    const r = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - r.left;
    const py = e.clientY - r.top;
    let best = -1;
    let bestD = Math.max(6, a.size * 1.5) ** 2;
    for (let m = 0; m < a.n; m++) {
      if (!visible(m)) continue;
      const d = (a.x[m] - px) ** 2 + (a.y[m] - py) ** 2;
      if (d < bestD) [best, bestD] = [m, d];
    }
    return best < 0 ? null : best;
  };
  const step = (from: number | null, dir: 1 | -1): number | null => {
    const n = p.layout.ink.length;
    for (let k = 1; k <= n; k++) {
      const m = ((from ?? (dir > 0 ? -1 : 0)) + dir * k + n) % n;
      if (visible(m)) return m;
    }
    return null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    // P, R, S and Space bubble to the view (dot-view.tsx), which handles them for the whole figure.
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') setPicked((m) => step(m, 1));
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') setPicked((m) => step(m, -1));
    else if (e.key === 'Escape') setPicked(null);
    else return;
    // Handled here: the app's step arrows and Present-mode Space must not also fire.
    e.preventDefault();
    e.stopPropagation();
  };
  const tip = picked !== null && picked < p.layout.ink.length && visible(picked) ? picked : null;
  return (
    <div className="dot-stage" style={{ height: p.box.height }}>
      <canvas
        ref={canvas}
        className="dot-canvas"
        style={{ width: p.box.width, height: p.box.height }}
        tabIndex={0}
        role="img"
        aria-label="The rows as marks. Arrow keys pick a row; P pauses, R replays, S steps."
        aria-describedby={p.summaryId}
        onKeyDown={onKeyDown}
        onPointerMove={(e) => setPicked(nearest(e))}
        onPointerLeave={() => setPicked(null)}
      />
      <div className="dot-labels" aria-hidden="true">
        {p.layout.labels.map((l, i) => (
          <span key={i} className={`dot-label dot-label-${l.align}`} style={{ left: l.x, top: l.y }}>
            {l.text}
          </span>
        ))}
      </div>
      {tip !== null && <span className="dot-focus" aria-hidden="true" style={{ left: p.layout.x[tip], top: p.layout.y[tip] }} />}
      <p className="dot-tip" aria-live="polite">
        {tip !== null ? p.describe(tip) : ''}
      </p>
    </div>
  );
}
