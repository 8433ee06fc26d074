/** The dot view's frame-time cases in the report: two targets per size, one table row per transition. */
import type { DotSize } from './dot-frames';
import { ms, verdict, type Row } from './format';
import { check, type TargetCheck } from './report';

/** Frame time p95 during a transition, ms (a 60 Hz frame is 16.7 ms). */
export const DOT_FRAME_P95_LIMIT_MS = 20;

const sizeText = (rows: number): string => (rows >= 1e6 ? `${rows / 1e6}M` : `${rows / 1e3}k`);

/** Per size: the worst transition's frame-time p95 ≤ 20 ms, and no main-thread task over 50 ms during any. */
export function dotTargets(sizes: readonly DotSize[] | null): TargetCheck[] {
  if (!sizes) return [];
  return sizes.flatMap((s) => {
    const t = s.available ? s.transitions : [];
    const worstP95 = s.available && t.length ? Math.max(...t.map((x) => x.p95Ms)) : null;
    const longest = s.available ? Math.max(0, ...t.map((x) => x.longTaskMaxMs ?? 0)) : null;
    const n = sizeText(s.rows);
    return [
      check(
        `dot-${n}-p95`,
        `dot view at ${n} rows: frame time p95 in every transition`,
        worstP95,
        DOT_FRAME_P95_LIMIT_MS,
        '≤ 20 ms',
      ),
      check(`dot-${n}-long-task`, `dot view at ${n} rows: longest main-thread task in a transition`, longest, 50, '≤ 50 ms'),
    ];
  });
}

export function dotRows(sizes: readonly DotSize[] | null, targets: readonly TargetCheck[]): Row[] {
  if (!sizes) return [];
  const target = (id: string): TargetCheck | undefined => targets.find((t) => t.id === id);
  return sizes.flatMap((s): Row[] => {
    const n = sizeText(s.rows);
    if (!s.available) return [[`dot view at ${n} rows`, 'unavailable', '', '', '', s.reason]];
    const p95 = target(`dot-${n}-p95`);
    const lt = target(`dot-${n}-long-task`);
    const per = s.stride > 1 ? `; a mark stands for ${s.stride.toLocaleString('en-US')} rows` : '';
    return s.transitions.map((x, i): Row => {
      // The size's two verdicts sit on its first row; each row shows its own transition's figures.
      const tasks = x.longTaskMaxMs === null ? 'no task over 50 ms' : `longest task ${ms(x.longTaskMaxMs)} (${x.longTaskCount})`;
      return [
        `dot ${n}: ${x.step} transition, frame p50 / p95`,
        `${ms(x.p50Ms)} / ${ms(x.p95Ms)}`,
        `max ${ms(x.maxMs)}`,
        i === 0 ? 'p95 ≤ 20 ms, tasks ≤ 50 ms' : '',
        i === 0 ? `${verdict(p95)} / ${verdict(lt)}` : '',
        `${x.frames} frames; ${tasks}${i === 0 ? per : ''}`,
      ];
    });
  });
}
