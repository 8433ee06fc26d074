// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KEY_INSIGHT } from '../../../src/content/insight';
import type { DataSnapshot } from '../../../src/pipeline/snapshot';
import { alertRulesSummary, DEFAULT_RULES } from '../../../src/pipeline/monitoring';
import type { RunSummary } from '../../../src/pipeline/summary';
import { insightEvidence, type EvidenceFacts } from '../../../src/stages/insight/evidence';
import { InsightStep } from '../../../src/stages/insight/insight-step';
import { lab, renderWithStore } from '../../fixtures/render';

const snapshot = {
  rawShape: [10_000, 10],
  validationRows: 1_960,
  cleaning: {
    counts: { missing_clicks: 180, negative_session_length: 8, clicks_exceed_page_views: 7, scroll_depth_out_of_range: 5 },
    dropped: [],
    droppedTotal: 200,
  },
} as unknown as DataSnapshot;

const serving: Pick<RunSummary, 'deployment' | 'monitoring'> = {
  deployment: {
    float32Bytes: 4_000,
    float32WeightBytes: 2_400,
    variants: [{ dtype: 'uint8', weightBytes: 600, totalBytes: 1_000, accuracy: 0.848, maxAbsDiff: 0.01 }],
    latency: { coldMs: 30, p95Ms: 0.7, p50Ms: 0.4, batchRows: 1000, batchP50Ms: 3 },
  },
  monitoring: {
    scenario: 'gradual',
    threshold: 0.8,
    ticks: [],
    alerts: [{ tick: 31, rule: 'accuracy_below_threshold', kind: 'fired' as const, value: 0.791, message: 'x' }],
    alertRules: alertRulesSummary(DEFAULT_RULES),
  },
};

const FACTS: EvidenceFacts = { snapshot, validation: { accuracy: 0.846, loss: 0.351 }, serving, latencyBudgetMs: 50 };

describe('the key insight’s evidence', () => {
  it('says what cleaning removed, what validation showed, what compression saved and when the monitor fired', () => {
    expect(insightEvidence(FACTS).map((e) => e.text)).toEqual([
      'Cleaning: Dropped 200 rows: 180 missing clicks, 20 impossible values — 2.0 % of the collected rows would have taught the model errors.',
      'Validation: on 1,960 rows the model never trained on, accuracy 84.6 % and loss 0.35: an honest preview of production.',
      'Compression: uint8 weights shrink the package from 4,000 to 1,000 bytes (75 % saved), with validation accuracy 84.8 % after reloading; warm p95 latency 0.70 ms is within the 50 ms budget.',
      'Monitoring: the alert fired at live batch 31, when rolling accuracy fell to 79.1 % — below 80 %. Without monitoring, nobody would have known.',
    ]);
  });

  it('waits for each fact before claiming it', () => {
    const texts = insightEvidence({ snapshot: null, validation: null, serving: null, latencyBudgetMs: 50 }).map((e) => e.text);
    expect(texts).toEqual([
      'Cleaning: prepare the data first.',
      'Validation: train the model to measure it on rows it has never seen.',
      'Compression: waiting for a trained model.',
      'Monitoring: waiting for a trained model.',
    ]);
    const quiet = { ...serving, monitoring: { ...serving.monitoring, alerts: [], ticks: new Array(60).fill(null) } };
    expect(insightEvidence({ ...FACTS, serving: quiet })[3].text).toMatch(/^Monitoring: no accuracy alert in 60 live batches/);
  });
});

describe('the key insight step', () => {
  beforeEach(() => lab.setState(lab.getInitialState(), true));

  it('quotes the card’s insight, then the evidence, each linking to its stage', async () => {
    // What the serving chain leaves behind: the deployment report and the check run (the card reads both).
    lab.setState((s) => ({
      snapshot,
      servingStatus: 'done',
      config: { ...s.config, scenario: serving.monitoring.scenario },
      deployment: { ...s.deployment, report: { status: 'done', value: { summary: serving.deployment } as never, error: null } },
      monitor: { ...s.monitor, checkRun: serving.monitoring },
    }));
    const user = userEvent.setup();
    renderWithStore(<InsightStep />);
    expect(screen.getByText(KEY_INSIGHT)).toBeInTheDocument();
    expect(screen.getByText(/Cleaning: Dropped 200 rows/)).toBeInTheDocument();
    expect(screen.getByText(/Monitoring: the alert fired at live batch 31/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See it in Monitoring Setup' }));
    expect(lab.getState().step).toBe(6);
  });
});
