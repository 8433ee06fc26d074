/**
 * The flow strip's wording for runs unlike the default: cleaning skipped (no row dropped), the
 * engineered features switched off (no column added), and nothing served yet.
 */
import { flowFacts, type FlowInputs } from '../../src/components/flow-facts';

const run = (over: Partial<FlowInputs> = {}): FlowInputs => ({
  rawShape: [1000, 10],
  cleanShape: [980, 10],
  featureShape: [980, 12],
  trainRows: 784,
  validationRows: 196,
  dots: { rows: 1000, convertedRows: 350 },
  ...over,
});

describe('flowFacts', () => {
  it('states the default run’s changes and shares', () => {
    const f = flowFacts(run(), null);
    expect([f.cleaning.change?.text, f.features.change?.text, f.training.change?.text, f.validation.change?.text]).toEqual([
      '−20 rows',
      '+2 columns',
      '80 / 20 split',
      '196 held out',
    ]);
    expect(f.collection.bar?.said).toBe('35.0 % converted');
    expect(f.cleaning.bar?.parts).toEqual([{ share: 0.98, kind: 'kept' }]);
    expect(f.training.bar?.parts.map((p) => p.share)).toEqual([0.784, 0.196]);
  });

  it('says so when cleaning dropped nothing or no column was added, never “−0 rows”', () => {
    const f = flowFacts(run({ cleanShape: [1000, 10], featureShape: [1000, 10] }), null);
    expect(f.cleaning.change).toEqual({ text: 'no rows dropped', said: 'cleaning dropped no rows' });
    expect(f.features.change?.text).toBe('no new columns');
  });

  it('leaves Deployment and Monitoring unsaid until a model serves, and everything before any data', () => {
    const f = flowFacts(run(), null);
    expect([f.deployment, f.monitoring]).toEqual([
      { change: null, bar: null },
      { change: null, bar: null },
    ]);
    expect(Object.values(flowFacts(null, null)).every((x) => x.change === null && x.bar === null)).toBe(true);
  });
});
