/** The metadata document (src/pipeline/model-metadata.ts): built from the preprocessor, enough to encode a session. */
import {
  contractDiff,
  encodeWithMetadata,
  buildModelMetadata,
  SessionRejected,
  type MetadataInput,
} from '../../src/pipeline/model-metadata';
import { encodeValues } from '../../src/pipeline/prepare';
import { validationMetrics } from '../../src/pipeline/metrics';
import { dataFor } from './fixtures';

const { config, data } = dataFor({ rows: 1500 });
const metaInput = (): MetadataInput => ({
  createdAt: '2026-01-01T00:00:00.000Z',
  files: { model: 'm.json', weights: 'm.weights.bin', metadata: 'm.metadata.json' },
  dtype: 'uint8',
  bytes: { topology: 2000, weights: 385 },
  shape: { inputSize: 14, hidden1: 16, hidden2: 8 },
  prep: data.prep,
  threshold: 0.4,
  validation: { rows: 3, metrics: validationMetrics([1, 0, 1], [0.9, 0.1, 0.3], 0.4), packageAccuracy: 0.66, maxAbsDiff: 0.01 },
  training: { config, rows: 1176, epochs: [], backend: 'cpu' },
  latency: null,
  referenceRows: [],
});
const meta = buildModelMetadata(metaInput());

describe('buildModelMetadata', () => {
  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(meta))).toEqual(meta);
  });

  it('describes the decision, the sizes and an empty training history honestly', () => {
    expect(meta.decision).toEqual({ threshold: 0.4, rule: 'converted when probability ≥ threshold' });
    expect(meta.model.bytes).toEqual({ topology: 2000, weights: 385, total: 2385 });
    expect(meta.validation.confusion).toEqual({ tp: 1, fp: 0, tn: 1, fn: 1 });
    expect(meta.training.finalLoss).toBeNull();
    expect(meta.input.features.map((f) => f.columns.length).reduce((a, b) => a + b, 0)).toBe(meta.input.columns.length);
  });
});

describe('encodeWithMetadata', () => {
  it('matches the training encoder for category codes or names', () => {
    const row = data.split.validation[0];
    const values = data.featureNames.map((n) => data.features.columns[n][row]);
    const expected = encodeValues(data.prep, values);
    expect(encodeWithMetadata(meta, values)).toEqual(expected);
    const named = values.map((v, i) => (meta.input.features[i].categories ? meta.input.features[i].categories![v] : v));
    expect(encodeWithMetadata(meta, named)).toEqual(expected);
  });

  it('the contract check finds a tampered scaler', () => {
    const rows = data.split.validation.slice(0, 50);
    const expected = { x: new Float32Array(rows.length * 14), d: 14 };
    rows.forEach((r, i) =>
      expected.x.set(
        encodeValues(
          data.prep,
          data.featureNames.map((n) => data.features.columns[n][r]),
        ),
        i * 14,
      ),
    );
    expect(contractDiff(meta, data.features, rows, expected)).toBe(0);
    const tampered = JSON.parse(JSON.stringify(meta)) as typeof meta;
    const rate = tampered.input.features.find((f) => f.name === 'click_rate') as { std: number };
    rate.std *= 2;
    expect(contractDiff(tampered, data.features, rows, expected)).toBeGreaterThan(0.1);
    expect(contractDiff(meta, data.features, rows, { ...expected, d: 13 })).toBe(Infinity);
  });
});

describe('the serving contract in the metadata', () => {
  it('defines both derived features with their edge cases', () => {
    const [rate, recency] = meta.input.derivedFeatures;
    expect(rate.name).toBe('click_rate');
    expect(rate.definition).toBe('clicks / page_views of the same session');
    expect(rate.edgeCases.join(' ')).toMatch(/page_views = 0 → click_rate = 0/);
    expect(rate.edgeCases.join(' ')).toMatch(/never a percentage/);
    expect(recency.name).toBe('time_since_last_click');
    const cases = recency.edgeCases.join(' ');
    expect(cases).toMatch(/capped at 720 h/);
    expect(cases).toMatch(/first session.*→ 720/);
    expect(cases).toMatch(/history/);
  });

  it('lists the reject rules and the unknown-category and missing-value policy', () => {
    expect(meta.input.reject.map((r) => r.rule)).toEqual([
      'missing_clicks',
      'negative_session_length',
      'clicks_exceed_page_views',
      'scroll_depth_out_of_range',
    ]);
    expect(meta.input.unknownCategory).toMatch(/^reject/);
    expect(meta.input.missingValue).toMatch(/^reject/);
  });

  it('omits the derived features a model trained without them does not use', () => {
    const plain = dataFor({ rows: 500, useEngineered: false }).data;
    const m = buildModelMetadata({ ...metaInput(), prep: plain.prep });
    expect(m.input.derivedFeatures).toEqual([]);
  });
});

describe('encodeWithMetadata applies the policy instead of guessing', () => {
  const row = data.split.validation[0];
  const values = (): (number | string | null | undefined)[] => data.featureNames.map((n) => data.features.columns[n][row]);

  it('rejects an unknown category (by name or by code) rather than an all-zero one-hot', () => {
    const byName = values();
    byName[0] = 'smart-tv';
    expect(() => encodeWithMetadata(meta, byName)).toThrow(SessionRejected);
    expect(() => encodeWithMetadata(meta, byName)).toThrow('Session rejected: unknown category in device');
    const byCode = values();
    byCode[1] = 9;
    expect(() => encodeWithMetadata(meta, byCode)).toThrow('unknown category in source');
  });

  it.each([NaN, null, undefined, Infinity])('rejects a missing clicks value (%s) rather than encoding NaN', (missing) => {
    const v = values();
    v[data.featureNames.indexOf('clicks')] = missing;
    expect(() => encodeWithMetadata(meta, v)).toThrow('Session rejected: missing value in clicks');
  });
});
