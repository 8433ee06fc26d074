import {
  buildDriftReference,
  driftReport,
  driftShare,
  featureDrift,
  featureReference,
  psi,
  PSI_THRESHOLD,
  wasserstein1,
  WASSERSTEIN_THRESHOLD,
  type FeatureDrift,
} from '../../src/pipeline/drift';
import { createRng, type Rng } from '../../src/pipeline/rng';
import type { FeatureTable } from '../../src/pipeline/features';
import type { Column } from '../../src/pipeline/table';

const sorted = (xs: number[]) => Float32Array.from(xs).sort();
const normals = (rng: Rng, n: number, mean = 0, sd = 1) => Float32Array.from({ length: n }, () => mean + sd * rng.normal());
/** Category codes drawn with the given shares. */
function codes(rng: Rng, n: number, shares: number[]): Float32Array {
  return Float32Array.from({ length: n }, () => {
    let u = rng.next();
    for (let k = 0; k < shares.length; k++) if ((u -= shares[k]) < 0) return k;
    return shares.length - 1;
  });
}

describe('psi', () => {
  it('is 0 for identical shares', () => {
    expect(psi([0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4])).toBe(0);
  });

  it('matches hand computations', () => {
    expect(psi([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(-0.25 * Math.log(0.5) + 0.25 * Math.log(1.5), 12);
    expect(psi([0.5, 0.4, 0.1], [0.1, 0.4, 0.5])).toBeCloseTo(2 * 0.4 * Math.log(5), 12);
  });

  it('is symmetric and non-negative', () => {
    const a = [0.2, 0.3, 0.5];
    const b = [0.4, 0.4, 0.2];
    expect(psi(a, b)).toBeCloseTo(psi(b, a), 12);
    expect(psi(a, b)).toBeGreaterThan(0);
  });

  it('floors empty bins so the result stays finite', () => {
    const v = psi([1, 0], [0.5, 0.5]);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThan(PSI_THRESHOLD);
    expect(psi([0, 1], [0, 1])).toBe(0);
  });
});

describe('wasserstein1', () => {
  it.each([
    [[0, 1], [1, 2], 1],
    [[0], [3], 3],
    [[1, 2, 3], [1, 2, 3], 0],
    [[0, 0, 1, 1], [0, 1], 0],
    [[0, 1, 2, 3], [0, 1, 2, 7], 1],
    [[0, 0, 0, 4], [0, 0, 0, 0], 1],
    [[-1, 1], [0, 0], 1],
  ])('W1(%j, %j) = %d', (a, b, w) => {
    expect(wasserstein1(sorted(a), sorted(b))).toBeCloseTo(w, 6);
    expect(wasserstein1(sorted(b), sorted(a))).toBeCloseTo(w, 6);
  });

  it('equals the shift for a shifted sample', () => {
    const rng = createRng(2);
    const a = normals(rng, 2_000).sort();
    const b = a.map((v) => v + 0.75).sort();
    expect(wasserstein1(a, b)).toBeCloseTo(0.75, 4);
  });

  it('terminates when a sample contains NaN, ignoring the missing values', () => {
    expect(wasserstein1(Float32Array.from([0, 1, 2]), Float32Array.from([0, 1, NaN]).sort())).toBeCloseTo(
      wasserstein1(Float32Array.from([0, 1, 2]), Float32Array.from([0, 1])),
      10,
    );
  });

  it('is NaN for an empty sample', () => {
    expect(wasserstein1(new Float32Array(0), sorted([1]))).toBeNaN();
    expect(wasserstein1(sorted([1]), new Float32Array(0))).toBeNaN();
  });
});

describe('featureReference', () => {
  it('uses training deciles for a numeric feature', () => {
    const rng = createRng(5);
    const ref = featureReference('session_length_s', normals(rng, 10_000, 300, 60));
    expect(ref.edges).toHaveLength(9);
    for (let k = 1; k < ref.edges.length; k++) expect(ref.edges[k]).toBeGreaterThan(ref.edges[k - 1]);
    expect(ref.expected).toHaveLength(10);
    expect(ref.expected.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    for (const share of ref.expected) expect(share).toBeCloseTo(0.1, 2);
    expect(ref.std).toBeGreaterThan(57);
    expect(ref.std).toBeLessThan(63);
    expect(ref.sorted).toHaveLength(10_000);
    expect(ref.edges[4]).toBeGreaterThan(295);
    expect(ref.edges[4]).toBeLessThan(305);
  });

  it('merges repeated edges for discrete features', () => {
    const ref = featureReference(
      'page_views',
      Float32Array.from({ length: 1000 }, (_, i) => 1 + (i % 3)),
    );
    expect(ref.edges).toEqual([1, 2, 3]);
    expect(ref.expected).toHaveLength(4);
    expect(ref.expected.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it('uses category shares for device and source', () => {
    const ref = featureReference('device', Float32Array.from([0, 0, 1, 2, 0, 1, 0, 0, 1, 0]));
    expect(ref.edges).toEqual([]);
    expect(ref.sorted).toBeNull();
    expect(ref.expected).toEqual([0.6, 0.3, 0.1]);
    expect(featureReference('source', Float32Array.from([3, 3])).expected).toEqual([0, 0, 0, 1]);
  });

  it('does not reorder the values it is given', () => {
    const values = Float32Array.from([3, 1, 2]);
    featureReference('clicks', values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});

describe('featureDrift', () => {
  const rng = createRng(8);
  const ref = featureReference('load_time_ms', normals(rng, 10_000, 1000, 200));

  it('does not flag a fresh sample from the same distribution', () => {
    const d = featureDrift(ref, normals(rng, 2_000, 1000, 200));
    expect(d.name).toBe('load_time_ms');
    expect(d.psi).toBeLessThan(0.05);
    expect(d.wasserstein).not.toBeNull();
    expect(d.wasserstein!).toBeLessThan(0.1);
    expect(d.drifted).toBe(false);
  });

  it('flags a sample shifted by one standard deviation', () => {
    const d = featureDrift(ref, normals(rng, 2_000, 1200, 200));
    expect(d.psi).toBeGreaterThan(PSI_THRESHOLD);
    expect(d.wasserstein!).toBeGreaterThan(0.85);
    expect(d.wasserstein!).toBeLessThan(1.15);
    expect(d.drifted).toBe(true);
  });

  it('flags a shift the Wasserstein rule catches even when PSI stays below its threshold', () => {
    // A small shift: about 0.3 sd moves PSI little but W1 / std past 0.25.
    const d = featureDrift(ref, normals(rng, 5_000, 1060, 200));
    expect(d.psi).toBeLessThan(PSI_THRESHOLD);
    expect(d.wasserstein!).toBeGreaterThan(WASSERSTEIN_THRESHOLD);
    expect(d.drifted).toBe(true);
  });

  it('grows with the size of the shift', () => {
    const live = normals(rng, 2_000, 1000, 200);
    let lastPsi = -1;
    let lastW = -1;
    for (const shift of [0, 50, 100, 200, 400]) {
      const d = featureDrift(
        ref,
        live.map((v) => v + shift),
      );
      expect(d.psi).toBeGreaterThan(lastPsi);
      expect(d.wasserstein!).toBeGreaterThan(lastW);
      lastPsi = d.psi;
      lastW = d.wasserstein!;
    }
  });

  it('leaves non-finite live values out of both PSI and Wasserstein (one rule for faulty values)', () => {
    const live = normals(rng, 500, 1100, 200);
    const broken = Float32Array.from([...live, NaN, NaN, Infinity, -Infinity, NaN]);
    const a = featureDrift(ref, broken);
    const b = featureDrift(ref, live);
    expect(a.psi).toBe(b.psi);
    expect(a.wasserstein).toBe(b.wasserstein);
    expect(a.drifted).toBe(b.drifted);
    const dev = featureReference('device', Float32Array.from([0, 1, 2, 0, 1, 2]));
    expect(featureDrift(dev, Float32Array.from([0, 1, 2, NaN])).psi).toBe(featureDrift(dev, Float32Array.from([0, 1, 2])).psi);
  });

  it('does not reorder the live values', () => {
    const live = Float32Array.from([1500, 900, 1100]);
    featureDrift(ref, live);
    expect(Array.from(live)).toEqual([1500, 900, 1100]);
  });

  it('uses PSI over categories for a categorical feature', () => {
    const r = createRng(9);
    const cat = featureReference('device', codes(r, 10_000, [0.5, 0.4, 0.1]));
    const same = featureDrift(cat, codes(r, 3_000, [0.5, 0.4, 0.1]));
    expect(same.wasserstein).toBeNull();
    expect(same.psi).toBeLessThan(0.01);
    expect(same.drifted).toBe(false);
    const moved = featureDrift(cat, codes(r, 3_000, [0.1, 0.4, 0.5]));
    expect(moved.psi).toBeGreaterThan(1);
    expect(moved.drifted).toBe(true);
    // Exact PSI for exact shares.
    const exact = featureReference('device', Float32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 2]));
    expect(featureDrift(exact, Float32Array.from([0, 1, 1, 1, 1, 2, 2, 2, 2, 2])).psi).toBeCloseTo(2 * 0.4 * Math.log(5), 6);
  });
});

describe('buildDriftReference, driftReport and driftShare', () => {
  const rng = createRng(10);
  const n = 6_000;
  const columns: Record<string, Column> = {
    device: codes(rng, n, [0.5, 0.4, 0.1]),
    scroll_depth: Float32Array.from({ length: n }, () => rng.next()),
    load_time_ms: normals(rng, n, 1000, 200),
  };
  // Rows 0–3999 are the training rows; rows 4000–5999 are shifted in load time only.
  for (let i = 4000; i < n; i++) columns.load_time_ms[i] += 400;
  const table = { length: n, columns } as unknown as FeatureTable;
  const train = Uint32Array.from({ length: 4000 }, (_, i) => i);
  const refs = buildDriftReference(table, train, ['device', 'scroll_depth', 'load_time_ms']);

  it('builds one reference per feature from the training rows only', () => {
    expect(refs.map((r) => r.name)).toEqual(['device', 'scroll_depth', 'load_time_ms']);
    expect(refs[2].sorted).toHaveLength(4000);
    expect(refs[2].std).toBeGreaterThan(180);
    expect(refs[2].std).toBeLessThan(220);
  });

  it('reports drift only for the shifted feature', () => {
    const live = Uint32Array.from({ length: 2000 }, (_, i) => 4000 + i);
    const report = driftReport(refs, table, live);
    expect(report.map((d) => [d.name, d.drifted])).toEqual([
      ['device', false],
      ['scroll_depth', false],
      ['load_time_ms', true],
    ]);
    expect(driftShare(report)).toBeCloseTo(1 / 3, 12);
  });

  it('reports no drift for a resample of the training rows', () => {
    const resample = Uint32Array.from({ length: 2000 }, () => rng.int(4000));
    expect(driftShare(driftReport(refs, table, resample))).toBe(0);
  });

  it('driftShare is 0 for an empty report', () => {
    expect(driftShare([])).toBe(0);
    const d = (drifted: boolean): FeatureDrift => ({
      name: 'clicks',
      psi: 0,
      wasserstein: 0,
      drifted,
      expected: [],
      actual: [],
      edges: [],
    });
    expect(driftShare([d(true), d(true), d(false), d(false)])).toBe(0.5);
  });
});
