import { resolveConfig } from '../../src/pipeline/config';
import { describeEpoch, type EpochRecord } from '../../src/pipeline/epochs';
import { runData } from '../../src/pipeline/run-data';
import { describeStages, stageRows, type StageFacts } from '../../src/pipeline/stage-rows';
import { alertRulesSummary, DEFAULT_RULES } from '../../src/pipeline/monitoring';
import { STAGE_IDS, type RunSummary } from '../../src/pipeline/summary';

type Parts = Pick<RunSummary, 'validation' | 'deployment' | 'monitoring'>;

const CARD_STAGES = [
  ['Data Collection', 'Gather raw data from users and sensors'],
  ['Data Cleaning', 'Remove missing and incorrect values'],
  ['Feature Engineering', 'Create new features like click rate'],
  ['Model Training', 'Train model on 80% of data'],
  ['Model Validation', 'Test model on 20% unseen data'],
  ['Deployment Preparation', 'Optimize model size and latency'],
  ['Monitoring Setup', 'Track model performance and errors'],
];

const CARD_TRACE: [number, number][] = [
  [0.75, 0.6],
  [0.55, 0.72],
  [0.42, 0.8],
  [0.35, 0.85],
  [0.33, 0.86],
];
const epochs: EpochRecord[] = [];
CARD_TRACE.forEach(([loss, accuracy], k) =>
  epochs.push(describeEpoch({ epoch: k + 1, loss, accuracy, valLoss: loss + 0.01, valAccuracy: accuracy }, epochs)),
);

const parts: Parts = {
  validation: {
    accuracy: 0.85,
    loss: 0.35,
    auc: 0.91,
    precision: 0.8,
    recall: 0.75,
    f1: 0.774,
    confusion: { tp: 600, fp: 150, tn: 1066, fn: 144 },
  },
  deployment: {
    float32Bytes: 4_000,
    float32WeightBytes: 3_200,
    variants: [
      { dtype: 'float16', weightBytes: 1_600, totalBytes: 2_400, accuracy: 0.85, maxAbsDiff: 0.001 },
      { dtype: 'uint8', weightBytes: 800, totalBytes: 1_000, accuracy: 0.849, maxAbsDiff: 0.01 },
    ],
    latency: { coldMs: 12, p50Ms: 0.42, p95Ms: 0.9, batchRows: 1_960, batchP50Ms: 3.1 },
  },
  monitoring: {
    scenario: 'gradual',
    threshold: 0.8,
    ticks: [
      { tick: 26, accuracy: 0.81, batchAccuracy: 0.8, driftShare: 0.1, faulty: 4 },
      { tick: 27, accuracy: 0.785, batchAccuracy: 0.7, driftShare: 0.2, faulty: 4 },
    ],
    alerts: [{ tick: 27, rule: 'accuracy_below_threshold', kind: 'fired' as const, value: 0.785, message: 'Alert triggered' }],
    alertRules: alertRulesSummary(DEFAULT_RULES),
  },
};

describe('describeStages on the default run', () => {
  const config = resolveConfig();
  const rows = describeStages(config, runData(config), epochs, parts);

  it('gives the card’s seven rows in order, with its names and operations', () => {
    expect(rows.map((r) => r.id)).toEqual([...STAGE_IDS]);
    expect(rows.map((r) => [r.name, r.operation])).toEqual(CARD_STAGES);
  });

  it('gives the card’s shapes', () => {
    expect(rows.map((r) => [r.inShape, r.outShape])).toEqual([
      [null, [10_000, 10]],
      [
        [10_000, 10],
        [9_800, 10],
      ],
      [
        [9_800, 10],
        [9_800, 12],
      ],
      [[7_840, 12], null],
      [[1_960, 12], null],
      [null, null],
      [null, null],
    ]);
  });

  it('writes each example from the run’s numbers', () => {
    const ex = Object.fromEntries(rows.map((r) => [r.id, r.example]));
    // Eight weeks of sessions: the exact day count depends on the seed's arrival times.
    expect(ex.collection).toMatch(
      /^10,000 sessions from 1,250 users over 5[4-8] days \(2026-01-05 to 2026-0[23]-\d\d\): user clicks, timestamps, device info$/,
    );
    expect(ex.cleaning).toBe('Dropped 200 rows: 180 missing clicks, 20 impossible values');
    expect(ex.features).toBe("Added 'click_rate' and 'time_since_last_click'");
    expect(ex.training).toBe(
      'Model learns patterns from training data: loss 0.75 → 0.33, accuracy 60.0 % → 86.0 % over 5 epochs',
    );
    expect(ex.validation).toBe('Accuracy = 85.0 %, Loss = 0.35');
    expect(ex.deployment).toBe(
      'Model compressed 4.0× (4,000 → 1,000 bytes, uint8, accuracy 84.9 %); latency p50 0.42 ms, p95 0.90 ms, within the 50 ms budget',
    );
    expect(ex.monitoring).toBe('Alert triggered on accuracy drop below 80 %: rolling accuracy 78.5 % at batch 27');
  });

  it('uses the card’s wording for the non-table inputs and outputs', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.collection.inText).toBe('Users and sensors');
    expect(byId.training.outText).toBe('Model trained to predict user behavior');
    expect(byId.validation.outText).toBe('Validation accuracy and loss metrics');
    expect(byId.deployment.inText).toBe('Trained model and validation metrics');
    expect(byId.deployment.outText).toBe('Production-ready model package');
    expect(byId.monitoring.inText).toBe('Production model and live data');
    expect(byId.monitoring.outText).toBe('Alerts and dashboards for model health');
  });
});

describe('describeStages without engineered features', () => {
  it('keeps 10 columns through training and validation and says nothing was added', () => {
    const config = resolveConfig({ useEngineered: false });
    const rows = describeStages(config, runData(config), epochs.slice(0, 1), parts);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.features.outShape).toEqual([9_800, 10]);
    expect(byId.training.inShape).toEqual([7_840, 10]);
    expect(byId.validation.inShape).toEqual([1_960, 10]);
    expect(byId.features.example).toBe('Engineered features switched off: nothing added');
    expect(byId.training.example).toMatch(/over 1 epoch$/);
  });
});

describe('stageRows on partial runs', () => {
  const facts: StageFacts = {
    rawShape: [2_000, 10],
    cleanShape: [1_960, 10],
    featureShape: [1_960, 12],
    trainRows: 1_568,
    validationRows: 392,
    users: 250,
    firstMs: Date.UTC(2026, 0, 5, 1),
    lastMs: Date.UTC(2026, 2, 1, 23),
    cleaningCounts: { missing_clicks: 36, negative_session_length: 2, clicks_exceed_page_views: 1, scroll_depth_out_of_range: 1 },
    useEngineered: true,
    latencyBudgetMs: 50,
    epochs: null,
    validation: null,
    deployment: null,
    monitoring: null,
  };

  it('says what to do for stages not run yet', () => {
    const rows = stageRows(facts);
    const ex = Object.fromEntries(rows.map((r) => [r.id, r.example]));
    expect(rows).toHaveLength(7);
    expect(ex.collection).toBe(
      '2,000 sessions from 250 users over 56 days (2026-01-05 to 2026-03-01): user clicks, timestamps, device info',
    );
    expect(ex.cleaning).toBe('Dropped 40 rows: 36 missing clicks, 4 impossible values');
    expect(ex.training).toBe('Not trained yet: train the model to see it learn');
    expect(ex.validation).toBe('Not validated yet: train the model first');
    expect(ex.deployment).toBe('Waiting for a trained model to compress and time');
    expect(ex.monitoring).toBe('Waiting for a trained model to put on the live stream');
    expect(stageRows({ ...facts, epochs: [] }).find((r) => r.id === 'training')?.example).toMatch(/^Not trained yet/);
  });

  it('reports an over-budget latency', () => {
    const slow = { ...parts.deployment, latency: { ...parts.deployment.latency, p95Ms: 80 } };
    const row = stageRows({ ...facts, deployment: slow }).find((r) => r.id === 'deployment');
    expect(row?.example).toMatch(/p95 80\.0 ms, over the 50 ms budget$/);
  });

  it('falls back to the last variant without uint8, and to latency alone without variants', () => {
    const f16 = { ...parts.deployment, variants: parts.deployment.variants.slice(0, 1) };
    expect(stageRows({ ...facts, deployment: f16 }).find((r) => r.id === 'deployment')?.example).toMatch(
      /^Model compressed 1\.7× \(4,000 → 2,400 bytes, float16/,
    );
    const none = { ...parts.deployment, variants: [] };
    expect(stageRows({ ...facts, deployment: none }).find((r) => r.id === 'deployment')?.example).toBe('Latency p50 0.42 ms');
  });

  it('reports a quiet monitoring run with its lowest accuracy', () => {
    const quiet: RunSummary['monitoring'] = {
      ...parts.monitoring,
      alerts: [],
      ticks: [
        { tick: 9, accuracy: null, batchAccuracy: 0.9, driftShare: 0, faulty: 4 },
        { tick: 10, accuracy: 0.842, batchAccuracy: 0.85, driftShare: 0, faulty: 4 },
        { tick: 11, accuracy: 0.812, batchAccuracy: 0.8, driftShare: 0, faulty: 4 },
      ],
    };
    expect(stageRows({ ...facts, monitoring: quiet }).find((r) => r.id === 'monitoring')?.example).toBe(
      'No alert: rolling accuracy stayed at or above 80 % (lowest 81.2 %) over 3 live batches',
    );
    const early = { ...quiet, ticks: quiet.ticks.slice(0, 1) };
    expect(stageRows({ ...facts, monitoring: early }).find((r) => r.id === 'monitoring')?.example).toBe(
      'Monitoring has not run long enough to judge',
    );
    // A drift alert alone is not an accuracy alert.
    const driftOnly = {
      ...quiet,
      alerts: [{ tick: 11, rule: 'feature_drift', kind: 'fired' as const, value: 0.5, message: 'Drift' }],
    };
    expect(stageRows({ ...facts, monitoring: driftOnly }).find((r) => r.id === 'monitoring')?.example).toMatch(/^No alert/);
  });

  it('formats latency as the deployment tables do: a time below the clock’s 0.1 ms reads "< 0.1 ms", never "0.00 ms"', () => {
    const fast = { ...parts.deployment, latency: { ...parts.deployment.latency, p50Ms: 0.004, p95Ms: 0.06 } };
    const row = stageRows({ ...facts, deployment: fast }).find((r) => r.id === 'deployment');
    expect(row?.example).toContain('latency p50 < 0.1 ms, p95 < 0.1 ms, within the 50 ms budget');
    expect(row?.example).not.toContain('0.00 ms');
  });
});
