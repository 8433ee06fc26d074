import { clean } from '../../src/pipeline/clean';
import { SCENARIOS } from '../../src/pipeline/config';
import { generate, type GeneratedData } from '../../src/pipeline/generate';
import { createRng } from '../../src/pipeline/rng';
import { createStream, INCIDENT_TICK, INCIDENT_TICKS, SCENARIO_INFO, type LiveBatch } from '../../src/pipeline/stream';
import { RAW_COLUMNS } from '../../src/pipeline/schema';
import { shapeOf } from '../../src/pipeline/table';
import { BASE_WORLD } from '../../src/pipeline/world';
import { copyColumns, expectColumnsUnchanged, sameBits } from './fixtures';

const data: GeneratedData = generate({ rows: 10_000, faultRate: 0.02 }, createRng(42));
const take = (n: number, ...args: Parameters<typeof createStream>): LiveBatch[] => {
  const s = createStream(...args);
  return Array.from({ length: n }, () => s.next());
};

describe('createStream', () => {
  it('yields numbered batches of 200 raw rows', () => {
    const batches = take(3, data, 'none', 0.02, createRng(1));
    batches.forEach((b, k) => {
      expect(b.tick).toBe(k);
      expect(shapeOf(b.table)).toEqual([200, 10]);
      expect(Object.keys(b.table.columns)).toEqual(RAW_COLUMNS.map((c) => c.name));
    });
    expect(createStream(data, 'sudden', 0.02, createRng(1)).scenario).toBe('sudden');
    expect(take(1, data, 'none', 0.02, createRng(1), 50)[0].table.length).toBe(50);
  });

  it('continues in time after the collected data, batch after batch, at the same pace', () => {
    const ts = data.table.columns.timestamp;
    const end = ts[ts.length - 1];
    const batches = take(20, data, 'none', 0.02, createRng(2));
    let prev = end;
    for (const b of batches) {
      const t = b.table.columns.timestamp;
      expect(t[0]).toBeGreaterThanOrEqual(prev);
      for (let i = 1; i < t.length; i++) expect(t[i]).toBeGreaterThanOrEqual(t[i - 1]);
      prev = t[t.length - 1];
    }
    // 20 × 200 rows should take about 4,000 rows' worth of the data's time.
    const perRow = (end - ts[0]) / (ts.length - 1);
    const elapsed = (prev - end) / (4_000 * perRow);
    expect(elapsed).toBeGreaterThan(0.9);
    expect(elapsed).toBeLessThan(1.1);
  });

  it('draws sessions from the same users', () => {
    const [b] = take(1, data, 'none', 0.02, createRng(3));
    const users = b.table.columns.user_id;
    for (const u of users) expect(u).toBeLessThan(data.population.size);
  });

  it("'none' is BASE_WORLD at every tick", () => {
    for (const b of take(40, data, 'none', 0.02, createRng(4))) expect(b.world).toBe(BASE_WORLD);
    for (const t of [0, 20, 1000]) expect(SCENARIO_INFO.none.worldAt(t)).toBe(BASE_WORLD);
  });

  it('every scenario has a story and starts from the base world', () => {
    for (const s of SCENARIOS) {
      expect(SCENARIO_INFO[s].id).toBe(s);
      expect(SCENARIO_INFO[s].story.length).toBeGreaterThan(20);
      expect(SCENARIO_INFO[s].worldAt(0).concept.bias).toBe(BASE_WORLD.concept.bias);
    }
  });

  it("'sudden' switches at the incident tick and stays switched", () => {
    const w = SCENARIO_INFO.sudden.worldAt;
    expect(w(INCIDENT_TICK - 1)).toBe(BASE_WORLD);
    expect(w(INCIDENT_TICK)).not.toBe(BASE_WORLD);
    expect(w(INCIDENT_TICK).concept.bias).toBeLessThan(BASE_WORLD.concept.bias);
    expect(w(INCIDENT_TICK + 100)).toEqual(w(INCIDENT_TICK));
  });

  it("'gradual' drifts monotonically from tick 10 and levels off at tick 50", () => {
    const w = SCENARIO_INFO.gradual.worldAt;
    // At tick 10 nothing has moved yet (JSON equality: a scaled shift may be -0).
    expect(JSON.stringify(w(10))).toBe(JSON.stringify(BASE_WORLD));
    let prev = w(10);
    for (let t = 11; t <= 50; t++) {
      const cur = w(t);
      expect(cur.loadTimeScale).toBeGreaterThan(prev.loadTimeScale);
      expect(cur.concept.bias).toBeLessThan(prev.concept.bias);
      prev = cur;
    }
    expect(w(80)).toEqual(w(50));
    expect(w(50).loadTimeScale).toBe(2);
  });

  it("'quality' adds faulty rows only during the incident ticks", () => {
    const batches = take(45, data, 'quality', 0.02, createRng(5));
    const dropped = batches.map((b) => clean(b.table).dropped.length);
    const during = (t: number) => t >= INCIDENT_TICK && t < INCIDENT_TICK + INCIDENT_TICKS;
    dropped.forEach((d, t) => {
      if (during(t)) expect(d, `tick ${t}`).toBeGreaterThan(10);
      else expect(d, `tick ${t}`).toBe(4); // round(200 × 0.02)
    });
    // Silent zeros: far more sessions without clicks during the incident.
    const zeros = (b: LiveBatch) => b.table.columns.clicks.filter((c) => c === 0).length;
    expect(zeros(batches[INCIDENT_TICK + 1])).toBeGreaterThan(zeros(batches[INCIDENT_TICK - 1]) + 40);
    expect(batches[INCIDENT_TICK].world.zeroClickBug).toBe(0.5);
    expect(batches[INCIDENT_TICK + INCIDENT_TICKS].world).toBe(BASE_WORLD);
  });

  it('injects no faults when the fault rate is 0 and nothing breaks', () => {
    for (const b of take(5, data, 'none', 0, createRng(6))) expect(clean(b.table).dropped.length).toBe(0);
  });

  it('does not mutate the GeneratedData it continues', () => {
    const before = copyColumns(data.table);
    const history = data.history.lastClickMs.slice();
    const interest = data.population.interest.slice();
    const device = data.population.device.slice();
    const faults = data.faults.slice();
    take(30, data, 'quality', 0.1, createRng(7));
    expectColumnsUnchanged(data.table, before);
    expect(sameBits(data.history.lastClickMs, history)).toBe(true);
    expect(sameBits(data.population.interest, interest)).toBe(true);
    expect(sameBits(data.population.device, device)).toBe(true);
    expect(sameBits(data.faults, faults)).toBe(true);
  });

  it('is deterministic: equal seeds give bit-identical batches, different seeds differ', () => {
    const a = take(25, data, 'quality', 0.02, createRng(8));
    const b = take(25, data, 'quality', 0.02, createRng(8));
    const c = take(25, data, 'quality', 0.02, createRng(9));
    for (let k = 0; k < a.length; k++) {
      for (const name of Object.keys(a[k].table.columns) as (keyof LiveBatch['table']['columns'])[]) {
        expect(sameBits(a[k].table.columns[name], b[k].table.columns[name]), `tick ${k} ${name}`).toBe(true);
      }
    }
    expect(sameBits(a[0].table.columns.timestamp, c[0].table.columns.timestamp)).toBe(false);
  });

  it('two streams over the same data do not share state', () => {
    const s1 = createStream(data, 'none', 0.02, createRng(10));
    const first = s1.next();
    s1.next();
    const s2 = createStream(data, 'none', 0.02, createRng(10));
    expect(sameBits(s2.next().table.columns.timestamp, first.table.columns.timestamp)).toBe(true);
  });
});
