import { takeTurn } from '../../src/components/chart-turns';

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  return done;
};

describe('chart turns: one chart mounts per task', () => {
  it('starts the next turn only when the previous chart is drawn', async () => {
    const first = takeTurn();
    const second = takeTurn();
    await first.ready;
    expect(await settled(second.ready)).toBe(false);
    first.done();
    expect(await settled(second.ready)).toBe(true);
    second.done();
  });

  it('gives way after a timeout when a chart never reports (its code never arrived)', async () => {
    vi.useFakeTimers();
    try {
      const stuck = takeTurn();
      const next = takeTurn();
      let nextReady = false;
      void next.ready.then(() => (nextReady = true));
      await vi.advanceTimersByTimeAsync(10);
      expect(nextReady).toBe(false);
      await vi.advanceTimersByTimeAsync(2000);
      expect(nextReady).toBe(true);
      stuck.done();
      next.done();
    } finally {
      vi.useRealTimers();
    }
  });
});
