import { describeDiff, differenceSentence, sideNumbers, type SideNumbers } from '../../src/pipeline/compare-summary';
import { DEFAULT_CONFIG } from '../../src/pipeline/config';
import type { RunSummary } from '../../src/pipeline/summary';

const side = (o: Partial<SideNumbers>): SideNumbers => ({
  valAccuracy: 0.85,
  valLoss: 0.35,
  auc: 0.9,
  bestEpoch: 5,
  epochs: 5,
  packageDtype: 'float32',
  packageBytes: 4096,
  packageAccuracy: 0.85,
  latencyP50Ms: 1,
  liveAccuracy: 0.84,
  alertsFired: 0,
  ...o,
});

describe('the one-sentence difference', () => {
  it('leads with validation accuracy and where validation loss bottomed out', () => {
    const s = differenceSentence(side({}), side({ valAccuracy: 0.819, bestEpoch: 2, epochs: 40 }), {
      knobs: { epochs: 40 },
      package: 'float32',
    });
    expect(s).toBe(
      "B's validation accuracy is 3.1 points lower than A's (81.9 % vs 85.0 %); validation loss was lowest at epoch 2 of 40 for B and epoch 5 of 5 for A.",
    );
  });

  it('leads with size for a package contrast and with the live stream for drift', () => {
    const pkg = differenceSentence(side({}), side({ packageDtype: 'uint8', packageBytes: 1024, packageAccuracy: 0.849 }), {
      knobs: {},
      package: 'uint8',
    });
    expect(pkg).toMatch(/^The uint8 package is 4\.0× smaller than float32 \(1\.0 kB vs 4\.0 kB\)/);
    const drift = differenceSentence(side({}), side({ liveAccuracy: 0.78, alertsFired: 2 }), {
      knobs: { scenario: 'gradual' },
      package: 'float32',
    });
    expect(drift).toBe(
      "B's rolling accuracy on the live stream ends 6.0 points lower than A's (78.0 % vs 84.0 %), and 2 alerts fired for B against 0 for A.",
    );
  });

  it('names what B changes from A’s values', () => {
    expect(describeDiff({ ...DEFAULT_CONFIG }, { knobs: { epochs: 40, cleaning: 'skip' }, package: 'uint8' })).toBe(
      'Epochs 5 → 40; Data cleaning drop → skip; package float32 → uint8',
    );
  });

  it('reads the lowest validation loss and the shipped package from a run summary', () => {
    const run = {
      epochs: [0.5, 0.3, 0.4].map((valLoss, i) => ({
        epoch: i + 1,
        loss: 0,
        accuracy: 0,
        valLoss,
        valAccuracy: 0,
        observation: '',
      })),
      validation: { accuracy: 0.8, loss: 0.4, auc: 0.85 },
      deployment: {
        float32Bytes: 5000,
        variants: [{ dtype: 'uint8', totalBytes: 1500, accuracy: 0.79, weightBytes: 1000, maxAbsDiff: 0.01 }],
        latency: { p50Ms: 0.3 },
      },
      monitoring: { ticks: [{ accuracy: null }, { accuracy: 0.81 }], alerts: [{ kind: 'fired' }, { kind: 'resolved' }] },
    } as unknown as RunSummary;
    expect(sideNumbers(run, 'uint8')).toMatchObject({
      bestEpoch: 2,
      packageBytes: 1500,
      packageAccuracy: 0.79,
      liveAccuracy: 0.81,
      alertsFired: 1,
    });
    expect(sideNumbers(run, 'float32')).toMatchObject({ packageBytes: 5000, packageAccuracy: 0.8 });
  });
});
