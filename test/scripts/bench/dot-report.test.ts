import { quantile, type DotSize } from '../../../scripts/bench/dot-frames';
import { dotRows, dotTargets } from '../../../scripts/bench/dot-report';

const t = (step: string, p95Ms: number, longTaskMaxMs: number | null) => ({
  step,
  frames: 60,
  p50Ms: 16.7,
  p95Ms,
  maxMs: p95Ms + 5,
  longTaskMaxMs,
  longTaskCount: longTaskMaxMs === null ? 0 : 1,
});

describe('the dot view frame-time cases', () => {
  it('quantile takes the nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(
      quantile(
        [...Array(100).keys()].map((i) => i + 1),
        0.95,
      ),
    ).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('checks the worst transition per size: p95 ≤ 20 ms and no task over 50 ms', () => {
    const sizes: DotSize[] = [
      { rows: 10_000, available: true, stride: 1, transitions: [t('Data Cleaning', 18, null), t('Model Training', 19.5, 40)] },
      { rows: 1_000_000, available: true, stride: 100, transitions: [t('Data Cleaning', 21, null), t('Model Training', 12, 51)] },
    ];
    const targets = dotTargets(sizes);
    expect(targets.map((x) => [x.id, x.value, x.pass])).toEqual([
      ['dot-10k-p95', 19.5, true],
      ['dot-10k-long-task', 40, true],
      ['dot-1M-p95', 21, false],
      ['dot-1M-long-task', 51, false],
    ]);
    const rows = dotRows(sizes, targets);
    expect(rows).toHaveLength(4);
    expect(rows[2][0]).toBe('dot 1M: Data Cleaning transition, frame p50 / p95');
    expect(rows[2][4]).toBe('**MISS** / **MISS**');
    expect(rows[2][5]).toContain('a mark stands for 100 rows');
  });

  it('an unavailable size is reported, not checked', () => {
    const targets = dotTargets([{ rows: 10_000, available: false, reason: 'no dot view on this step' }]);
    expect(targets.every((x) => x.pass === null)).toBe(true);
    expect(dotRows([{ rows: 10_000, available: false, reason: 'boom' }], targets)[0][1]).toBe('unavailable');
  });
});
