/** The checklist's rules (src/pipeline/readiness.ts): each item is decided by its facts alone. */
import {
  chooseServingVariant,
  evaluateReadiness,
  SIZE_BUDGET_BYTES,
  type ReadinessFacts,
  type ReadinessItem,
} from '../../src/pipeline/readiness';

const GOOD: ReadinessFacts = {
  reproducibility: { seed: 42, rows: 1960, maxAbsDiff: 0, decisionsChanged: 0 },
  validation: { trainRows: 7840, validationRows: 1960, overlap: 0, accuracy: 0.85, bar: 0.8 },
  compression: { dtype: 'uint8', accuracy: 0.846, float32Accuracy: 0.85 },
  size: { dtype: 'uint8', bytes: 2500, budgetBytes: SIZE_BUDGET_BYTES },
  latency: { backend: 'wasm', p95Ms: 0.4, coldMs: 3, budgetMs: 50 },
  contract: { rows: 1960, columns: 14, maxAbsDiff: 0 },
  monitoring: { source: 'live stream', ticks: 40, windowTicks: 10, accuracyThreshold: 0.8, alertsFired: 1 },
  rollback: { reloadMaxAbsDiff: 0, previousKept: false, rolledBack: false },
};
const EMPTY: ReadinessFacts = {
  reproducibility: null,
  validation: null,
  compression: null,
  size: null,
  latency: null,
  contract: null,
  monitoring: null,
  rollback: null,
};

const byId = (items: ReadinessItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe('evaluateReadiness', () => {
  it('passes all eight items on good facts, each with the facts in its reason', () => {
    const items = evaluateReadiness(GOOD);
    expect(items.map((i) => i.status)).toEqual(Array(8).fill('pass'));
    const i = byId(items);
    expect(i.reproducible.reason).toMatch(/seed 42 .* all 1,960 validation predictions match/);
    expect(i.validated.reason).toBe(
      '1,960 held-out rows, none of them used in training; accuracy 85.0 % ≥ the 80 % it will be held to in production.',
    );
    expect(i.latency.reason).toMatch(/0\.40 ms ≤ the 50 ms budget; cold first call 3\.00 ms/);
    expect(i.monitoring.reason).toMatch(/live stream scored 40 batches.* 1 alert fired/);
  });

  it('leaves every item pending, with the next step, before anything is measured', () => {
    const items = evaluateReadiness(EMPTY);
    expect(items.map((i) => i.status)).toEqual(Array(8).fill('pending'));
    expect(byId(items).monitoring.reason).toMatch(/start the live stream/);
  });

  it.each<[string, Partial<ReadinessFacts>]>([
    ['reproducible', { reproducibility: { seed: 1, rows: 100, maxAbsDiff: 0.02, decisionsChanged: 3 } }],
    ['validated', { validation: { trainRows: 80, validationRows: 20, overlap: 2, accuracy: 0.9, bar: 0.8 } }],
    ['validated', { validation: { trainRows: 80, validationRows: 20, overlap: 0, accuracy: 0.79, bar: 0.8 } }],
    ['compression', { compression: { dtype: 'uint8', accuracy: 0.83, float32Accuracy: 0.85 } }],
    ['size', { size: { dtype: 'float32', bytes: SIZE_BUDGET_BYTES + 1, budgetBytes: SIZE_BUDGET_BYTES } }],
    ['latency', { latency: { backend: 'webgl', p95Ms: 51, coldMs: 400, budgetMs: 50 } }],
    ['contract', { contract: { rows: 10, columns: 14, maxAbsDiff: 0.3 } }],
    ['rollback', { rollback: { reloadMaxAbsDiff: 1e-3, previousKept: false, rolledBack: false } }],
  ])('fails %s when its fact says so', (id, patch) => {
    const items = byId(evaluateReadiness({ ...GOOD, ...patch }));
    expect(items[id].status).toBe('fail');
    for (const other of Object.values(items)) if (other.id !== id) expect(other.status).toBe('pass');
  });

  it('compression within exactly one point passes; a cold start over budget is named but does not fail', () => {
    const i = byId(
      evaluateReadiness({
        ...GOOD,
        compression: { dtype: 'uint8', accuracy: 0.84, float32Accuracy: 0.85 },
        latency: { backend: 'webgl', p95Ms: 2, coldMs: 300, budgetMs: 50 },
      }),
    );
    expect(i.compression.status).toBe('pass');
    expect(i.latency.status).toBe('pass');
    expect(i.latency.reason).toMatch(/first call after loading took 300 ms, so send a warm-up prediction/);
  });

  it('monitoring stays pending until the rolling window is full, and says whose run it judged', () => {
    const few = byId(evaluateReadiness({ ...GOOD, monitoring: { ...GOOD.monitoring!, ticks: 4 } }));
    expect(few.monitoring.status).toBe('pending');
    const check = byId(
      evaluateReadiness({
        ...GOOD,
        monitoring: { ...GOOD.monitoring!, source: 'check run after training', ticks: 60, alertsFired: 0 },
      }),
    );
    expect(check.monitoring.reason).toMatch(/^The check run after training scored 60 batches.*no alert fired\.$/);
  });

  it('rollback names a kept previous model and an exercised roll back', () => {
    expect(
      byId(evaluateReadiness({ ...GOOD, rollback: { reloadMaxAbsDiff: 0, previousKept: true, rolledBack: false } })).rollback
        .reason,
    ).toMatch(/Roll back is ready/);
    expect(
      byId(evaluateReadiness({ ...GOOD, rollback: { reloadMaxAbsDiff: 0, previousKept: true, rolledBack: true } })).rollback
        .reason,
    ).toMatch(/Roll back was used/);
  });
});

describe('chooseServingVariant', () => {
  const v = (dtype: string, totalBytes: number, accuracy: number, p95Ms = 1) => ({ dtype, totalBytes, accuracy, p95Ms });
  const variants = [v('float32', 3500, 0.85), v('float16', 2700, 0.85), v('uint16', 2700, 0.85), v('uint8', 2300, 0.845)];

  it('picks the smallest variant within a point of float32 and the budgets', () => {
    expect(chooseServingVariant(variants, 50).dtype).toBe('uint8');
  });

  it('skips a variant that loses more than a point, or is over the latency budget', () => {
    expect(chooseServingVariant([...variants.slice(0, 3), v('uint8', 2300, 0.83)], 50).dtype).toBe('float16');
    expect(chooseServingVariant([...variants.slice(0, 3), v('uint8', 2300, 0.85, 60)], 50).dtype).toBe('float16');
  });

  it('falls back to float32 when nothing fits', () => {
    expect(
      chooseServingVariant(
        variants.map((x) => ({ ...x, p95Ms: 99 })),
        50,
      ).dtype,
    ).toBe('float32');
    expect(chooseServingVariant(variants, 50, 100).dtype).toBe('float32');
  });
});
