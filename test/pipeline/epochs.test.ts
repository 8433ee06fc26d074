import { describeEpoch, type EpochNumbers } from '../../src/pipeline/epochs';

const ep = (epoch: number, loss: number, accuracy: number, valLoss: number, valAccuracy: number): EpochNumbers => ({
  epoch,
  loss,
  accuracy,
  valLoss,
  valAccuracy,
});

describe('describeEpoch', () => {
  it('keeps the numbers and adds an observation', () => {
    const e = ep(1, 0.75, 0.6, 0.7, 0.62);
    const r = describeEpoch(e, []);
    expect(r).toMatchObject(e);
    expect(typeof r.observation).toBe('string');
  });

  it('first epoch: basic patterns, or quick pick-up when already accurate', () => {
    expect(describeEpoch(ep(1, 0.75, 0.6, 0.7, 0.62), []).observation).toBe(
      'Model starts learning basic patterns (accuracy 60.0 %)',
    );
    expect(describeEpoch(ep(1, 0.45, 0.8, 0.44, 0.81), []).observation).toBe(
      'Model picks up the main patterns quickly (accuracy 80.0 %)',
    );
  });

  it('big improvement: quotes the loss before and after', () => {
    const prev = [ep(1, 0.75, 0.6, 0.7, 0.62)];
    expect(describeEpoch(ep(2, 0.55, 0.72, 0.52, 0.73), prev).observation).toBe(
      'Loss decreases (0.75 → 0.55), accuracy improves',
    );
  });

  it('smaller gains: more complex features', () => {
    const prev = [ep(1, 0.75, 0.6, 0.7, 0.62), ep(2, 0.45, 0.8, 0.44, 0.8)];
    expect(describeEpoch(ep(3, 0.42, 0.81, 0.41, 0.82), prev).observation).toBe(
      'Model captures more complex features; gains are getting smaller',
    );
  });

  it('convergence: loss and validation accuracy barely move', () => {
    const prev = [ep(4, 0.35, 0.85, 0.36, 0.85)];
    expect(describeEpoch(ep(5, 0.34, 0.86, 0.355, 0.852), prev).observation).toBe('Training converges: small improvements');
  });

  it('overfitting: validation loss rises above its best while training loss falls', () => {
    const prev = [ep(1, 0.5, 0.78, 0.4, 0.8), ep(2, 0.4, 0.82, 0.41, 0.81)];
    expect(describeEpoch(ep(3, 0.36, 0.84, 0.45, 0.81), prev).observation).toBe(
      'Validation loss rises while training loss falls: the model starts to overfit',
    );
    // Only when training loss falls: with training loss flat it is not called overfitting.
    const flat = [ep(1, 0.4, 0.85, 0.4, 0.84)];
    expect(describeEpoch(ep(2, 0.41, 0.85, 0.45, 0.84), flat).observation).not.toMatch(/overfit/);
    // A rise of at most 0.005 is noise.
    expect(describeEpoch(ep(3, 0.36, 0.84, 0.414, 0.81), prev).observation).not.toMatch(/overfit/);
  });

  it('training accuracy pulling ahead is a warning', () => {
    const prev = [ep(1, 0.4, 0.85, 0.4, 0.84)];
    expect(describeEpoch(ep(2, 0.39, 0.92, 0.39, 0.85), prev).observation).toBe(
      'Training accuracy pulls ahead of validation: watch for overfitting',
    );
  });

  it('rising training loss points at the learning rate', () => {
    const prev = [ep(1, 0.4, 0.85, 0.4, 0.84)];
    expect(describeEpoch(ep(2, 0.5, 0.8, 0.5, 0.8), prev).observation).toBe(
      'Training loss went up: the learning rate may be too high',
    );
  });

  it('diverged: NaN or infinite loss', () => {
    const prev = [ep(1, 0.4, 0.85, 0.4, 0.84)];
    for (const loss of [NaN, Infinity]) {
      expect(describeEpoch(ep(2, loss, 0.5, NaN, 0.5), prev).observation).toBe(
        'Loss is not a number: training diverged — lower the learning rate',
      );
    }
    expect(describeEpoch(ep(1, NaN, 0.5, NaN, 0.5), []).observation).toMatch(/diverged/);
  });

  it('otherwise: a good balance', () => {
    const prev = [ep(1, 0.4, 0.85, 0.4, 0.84)];
    expect(describeEpoch(ep(2, 0.39, 0.85, 0.39, 0.86), prev).observation).toBe('Good balance of accuracy and loss');
  });

  it('compares with the latest epoch, not the first', () => {
    const prev = [ep(1, 0.9, 0.5, 0.9, 0.5), ep(2, 0.35, 0.85, 0.36, 0.85)];
    expect(describeEpoch(ep(3, 0.34, 0.85, 0.355, 0.852), prev).observation).toBe('Training converges: small improvements');
  });
});
